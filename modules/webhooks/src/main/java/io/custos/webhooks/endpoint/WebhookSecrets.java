package io.custos.webhooks.endpoint;

import io.custos.platform.crypto.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Endpoint secrets in the Standard Webhooks form {@code whsec_<base64 of 32 random bytes>}, stored
 * sealed and bound to their endpoint's id, so a sealed secret copied to another row does not open.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final String PURPOSE = "webhook-secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecretBox box;

    /** A new secret, as shown once to the tenant. */
    String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    String seal(String endpointId, String secret) {
        return box.seal(PURPOSE, endpointId, keyOf(secret));
    }

    /** The key bytes of a sealed secret, for signing. */
    public byte[] open(String endpointId, String sealed) {
        return box.open(PURPOSE, endpointId, sealed);
    }

    private static byte[] keyOf(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
