package io.custos.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform operator's bearer token ({@code CUSTOS_OPERATOR_TOKEN}), compared in constant time. */
@ApplicationScoped
public class OperatorToken {

    private byte[] expectedDigest;

    OperatorToken() {}

    @Inject
    OperatorToken(@ConfigProperty(name = "custos.operator-token") String token) {
        if (token.length() < 16) {
            throw new IllegalStateException(
                    "custos.operator-token (CUSTOS_OPERATOR_TOKEN) must have 16 characters or more");
        }
        expectedDigest = digest(token);
    }

    public boolean matches(String presented) {
        // Comparing digests keeps the comparison constant-time whatever the presented length.
        return MessageDigest.isEqual(expectedDigest, digest(presented));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
