package io.custos.audit.trail;

import io.custos.platform.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical encoding of an entry: a JSON object of its fields in a fixed order
 * (absent values as JSON null), with the previous entry's hash in it. Any changed field, any
 * reordering and any removed or inserted entry changes a hash the next entry depends on.
 */
public final class ChainHash {

    /** The hash the first entry of every tenant's chain follows. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    public static String of(long seq, AuditEntry.Record r, String prevHash) {
        JsonObjectBuilder canonical =
                Json.provider().createObjectBuilder().add("seq", seq).add("at", r.atMillis());
        text(canonical, "actorId", r.actorId());
        text(canonical, "action", r.action());
        text(canonical, "targetType", r.targetType());
        text(canonical, "targetId", r.targetId());
        text(canonical, "decision", r.decision());
        text(canonical, "details", r.details());
        text(canonical, "requestId", r.requestId());
        text(canonical, "clientAddress", r.clientAddress());
        canonical.add("prevHash", prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.build().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
