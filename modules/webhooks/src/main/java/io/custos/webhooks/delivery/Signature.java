package io.custos.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 of {@code id.timestamp.body} under the secret's key,
 * as {@code v1,<base64>}; several keys (during a rotation) give several signatures, space-separated.
 */
final class Signature {

    private Signature() {}

    static String header(List<byte[]> keys, String id, long timestamp, String body) {
        return keys.stream().map(key -> "v1," + sign(key, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    static String sign(byte[] key, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
