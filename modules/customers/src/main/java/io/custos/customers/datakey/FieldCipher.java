package io.custos.customers.datakey;

import io.custos.platform.crypto.SecretBox;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for SENSITIVE and FINANCIAL field values under the bound tenant's data key. The
 * data key is random per tenant and stored only wrapped by the master key; the customer id and
 * field name are bound as associated data, so a value copied to another row or field does not
 * decrypt. Erasing a customer can shred these values by deleting them.
 */
@ApplicationScoped
public class FieldCipher {

    static final String PURPOSE = "tenant-data-key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    @Inject
    TenantData data;

    @Inject
    SecretBox master;

    public String seal(String customerId, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, customerId, field);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a customer field", e);
        }
    }

    public String open(String customerId, String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), customerId, field);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("could not decrypt a customer field (wrong key or tampered row)", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String customerId, String field) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(dataKey(), "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD((customerId + "\u0000" + field).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** The bound tenant's data key, created on first use (the first writer's key wins). */
    private byte[] dataKey() {
        String tenant = TenantScope.required().value();
        TenantDataKey stored = data.sharedEm().find(TenantDataKey.class, tenant);
        if (stored == null) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            // EclipseLink allows native writes, not native reads, next to multitenant entities.
            data.sharedEm()
                    .createNativeQuery("INSERT IGNORE INTO customers_data_key (tenant_id, wrapped_key) VALUES (?1, ?2)")
                    .setParameter(1, tenant)
                    .setParameter(2, master.seal(PURPOSE, tenant, key))
                    .executeUpdate();
            stored = data.sharedEm().find(TenantDataKey.class, tenant);
        }
        return master.open(PURPOSE, tenant, stored.wrappedKey());
    }
}
