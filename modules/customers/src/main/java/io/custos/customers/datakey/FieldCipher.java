package io.custos.customers.datakey;

import io.custos.platform.crypto.SecretBox;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.persistence.config.QueryHints;

/**
 * AES-256-GCM for SENSITIVE and FINANCIAL field values. Each customer has a random key of their
 * own, stored wrapped by the tenant's data key, which is stored wrapped by the master key. The
 * customer id and field name are bound as associated data, so a value copied to another row or
 * field does not decrypt. Erasure deletes the customer's key, so their sealed values cannot be
 * read again anywhere the key is gone (crypto-shredding; backups age out on their own schedule).
 */
@ApplicationScoped
public class FieldCipher {

    static final String PURPOSE = "tenant-data-key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final String KEY_LABEL = "customer-key\u0000";

    @Inject
    TenantData data;

    @Inject
    SecretBox master;

    /** A new random key for one customer, stored wrapped by the tenant's data key. */
    public String newCustomerKey(String customerId) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        // a shared lock on the data key: a rotation in progress finishes first, so no key is
        // wrapped under a data key that is about to be replaced
        return encrypt(
                dataKey(LockModeType.PESSIMISTIC_READ),
                KEY_LABEL + customerId,
                Base64.getEncoder().encodeToString(key));
    }

    /**
     * Starts replacing the bound tenant's data key, holding its row until the transaction ends:
     * re-wrap every customer key with {@link Rotation#rewrap}, then {@link Rotation#commit}. The
     * values themselves stay as they are; only the keys that wrap them change.
     */
    public Rotation rotation() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        return new Rotation(dataKey(LockModeType.PESSIMISTIC_WRITE), fresh);
    }

    /** A data-key rotation under way in the current transaction. */
    public final class Rotation {
        private final byte[] old;
        private final byte[] fresh;

        private Rotation(byte[] old, byte[] fresh) {
            this.old = old;
            this.fresh = fresh;
        }

        public String rewrap(String customerId, String wrappedKey) {
            return encrypt(fresh, KEY_LABEL + customerId, decrypt(old, KEY_LABEL + customerId, wrappedKey));
        }

        /** Stores the new data key, wrapped by the (current) master key. */
        public void commit() {
            String tenant = TenantScope.required().value();
            data.sharedEm()
                    .createNativeQuery("UPDATE customers_data_key SET wrapped_key = ?1 WHERE tenant_id = ?2")
                    .setParameter(1, master.seal(PURPOSE, tenant, fresh))
                    .setParameter(2, tenant)
                    .executeUpdate();
        }
    }

    public String seal(String customerId, String wrappedKey, String field, String value) {
        if (value == null) {
            return null;
        }
        return encrypt(customerKey(customerId, wrappedKey), customerId + "\u0000" + field, value);
    }

    public String open(String customerId, String wrappedKey, String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        return decrypt(customerKey(customerId, wrappedKey), customerId + "\u0000" + field, sealed);
    }

    private byte[] customerKey(String customerId, String wrappedKey) {
        if (wrappedKey == null) {
            throw new IllegalStateException("customer " + customerId + " has no key: it was erased");
        }
        return Base64.getDecoder().decode(decrypt(dataKey(LockModeType.NONE), KEY_LABEL + customerId, wrappedKey));
    }

    /**
     * Bytes kept for the customer (an access archive) sealed under their key, bound to {@code label}:
     * the tenant's data key wraps that key, so a rotation leaves them readable and erasure shreds them.
     */
    public byte[] sealBytes(String customerId, String wrappedKey, String label, byte[] plaintext) {
        return encrypt(customerKey(customerId, wrappedKey), customerId + "\u0000" + label, plaintext);
    }

    public byte[] openBytes(String customerId, String wrappedKey, String label, byte[] sealed) {
        return decrypt(customerKey(customerId, wrappedKey), customerId + "\u0000" + label, sealed);
    }

    private static String encrypt(byte[] key, String associated, String value) {
        return Base64.getEncoder().encodeToString(encrypt(key, associated, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String decrypt(byte[] key, String associated, String sealed) {
        try {
            return new String(decrypt(key, associated, Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("could not decrypt a customer field (wrong key or tampered row)", e);
        }
    }

    /** The random IV, then the ciphertext with its tag. */
    private static byte[] encrypt(byte[] key, String associated, byte[] plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv, associated).doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a customer field", e);
        }
    }

    private static byte[] decrypt(byte[] key, String associated, byte[] sealed) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, IV_BYTES), associated);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("could not decrypt a customer field (wrong key or tampered row)", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, String associated) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /**
     * The bound tenant's data key, created on first use (the first writer's key wins). Whether it
     * exists is read without a lock first: a locking read of a missing row locks the gap before the
     * next one, where every other new tenant's key (UUIDv7 ids sort last) is inserted too, and two
     * new chains creating their first customers deadlocked (#22). The row is never deleted, so
     * one seen exists; then it is read again with the lock asked for.
     */
    private byte[] dataKey(LockModeType lock) {
        String tenant = TenantScope.required().value();
        EntityManager em = data.sharedEm();
        TenantDataKey stored = em.find(TenantDataKey.class, tenant);
        if (stored == null) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            // EclipseLink allows native writes, not native reads, next to multitenant entities.
            em.createNativeQuery("INSERT IGNORE INTO customers_data_key (tenant_id, wrapped_key) VALUES (?1, ?2)")
                    .setParameter(1, tenant)
                    .setParameter(2, master.seal(PURPOSE, tenant, key))
                    .executeUpdate();
            // the locking read below sees a key another transaction committed after this one's snapshot
        } else if (lock == LockModeType.NONE) {
            return master.open(PURPOSE, tenant, stored.wrappedKey());
        }
        String wrapped = lock == LockModeType.PESSIMISTIC_WRITE ? exclusive(em, stored, tenant) : shared(em, tenant);
        return master.open(PURPOSE, tenant, wrapped);
    }

    private static String exclusive(EntityManager em, TenantDataKey stored, String tenant) {
        if (stored == null) {
            return em.find(TenantDataKey.class, tenant, LockModeType.PESSIMISTIC_WRITE)
                    .wrappedKey();
        }
        em.refresh(stored, LockModeType.PESSIMISTIC_WRITE);
        return stored.wrappedKey();
    }

    /**
     * The wrapped key read under a shared lock, which a rotation's exclusive lock waits for and
     * which waits for a rotation. Native: EclipseLink's PESSIMISTIC_READ is a {@code FOR UPDATE} on
     * every platform (eclipse-ee4j/eclipselink#2738), and made every new customer of a tenant wait
     * for the last one's commit (#18, P5).
     */
    private static String shared(EntityManager em, String tenant) {
        return (String) em.createNativeQuery(
                        "SELECT wrapped_key FROM customers_data_key WHERE tenant_id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, tenant)
                // a platform table that names its tenant
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
    }
}
