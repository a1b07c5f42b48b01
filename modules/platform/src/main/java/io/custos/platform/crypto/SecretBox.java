package io.custos.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AES-256-GCM for small secrets (TOTP seeds), under a key derived from {@code CUSTOS_MASTER_KEY}
 * for one purpose. The purpose and the owning record's id are bound as associated data, so a
 * ciphertext copied to another row or purpose does not decrypt.
 */
@ApplicationScoped
public class SecretBox {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private byte[] masterKey;

    SecretBox() {}

    @Inject
    public SecretBox(@ConfigProperty(name = "custos.master-key") String base64MasterKey) {
        try {
            masterKey = Base64.getDecoder().decode(base64MasterKey.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("custos.master-key (CUSTOS_MASTER_KEY) is not base64", e);
        }
        if (masterKey.length != 32) {
            throw new IllegalStateException("custos.master-key (CUSTOS_MASTER_KEY) must be 32 bytes");
        }
    }

    public String seal(String purpose, String ownerId, byte[] plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, purpose, ownerId, iv);
            byte[] sealed = cipher.doFinal(plaintext);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a secret", e);
        }
    }

    public byte[] open(String purpose, String ownerId, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            byte[] iv = java.util.Arrays.copyOfRange(bytes, 0, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, purpose, ownerId, iv);
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("could not decrypt a secret (wrong master key or tampered row)", e);
        }
    }

    /** A keyed digest for values that must be comparable but not guessable offline. */
    public String mac(String purpose, String value) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(derive(purpose), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(hmac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode, String purpose, String ownerId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derive(purpose), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((purpose + "\u0000" + ownerId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** HKDF-Expand (RFC 5869) with the master key as pseudorandom key and the purpose as info. */
    private byte[] derive(String purpose) throws GeneralSecurityException {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
        hmac.update(("custos/" + purpose).getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) 1);
        return hmac.doFinal();
    }
}
