package io.custos.audit.trail;

import io.custos.platform.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over a canonical encoding of an entry: a JSON object of its fields in a fixed order
 * (absent values as JSON null), with the previous entry's hash in it. Any changed field, any
 * reordering and any removed or inserted entry changes a hash the next entry depends on.
 */
public final class ChainHash {

    /** The hash the first entry of every tenant's chain follows. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * Written straight to text rather than built as a JSON object first, and one digest per thread:
     * verification recomputes every hash (#18 P6). The text is the same as the object's.
     */
    private static final JsonGeneratorFactory GENERATORS = Json.provider().createGeneratorFactory(Map.of());

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private ChainHash() {}

    public static String of(long seq, AuditEntry.Record r, String prevHash) {
        StringWriter canonical = new StringWriter(512);
        try (JsonGenerator json = GENERATORS.createGenerator(canonical)) {
            json.writeStartObject().write("seq", seq).write("at", r.atMillis());
            text(json, "actorId", r.actorId());
            text(json, "action", r.action());
            text(json, "targetType", r.targetType());
            text(json, "targetId", r.targetId());
            text(json, "decision", r.decision());
            text(json, "details", r.details());
            text(json, "requestId", r.requestId());
            text(json, "clientAddress", r.clientAddress());
            json.write("prevHash", prevHash).writeEnd();
        }
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
