package io.custos.audit.trail;

import io.custos.platform.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/** An entry as auditors read it. */
public record AuditItem(
        long seq,
        Instant at,
        String actorId,
        String action,
        String targetType,
        String targetId,
        String decision,
        JsonObject details,
        String requestId,
        String clientAddress,
        String hash) {

    static AuditItem of(AuditEntry entry) {
        AuditEntry.Record r = entry.record();
        JsonObject details;
        try (var reader = Json.provider().createReader(new StringReader(r.details()))) {
            details = reader.readObject();
        }
        return new AuditItem(
                entry.seq(),
                Instant.ofEpochMilli(r.atMillis()),
                r.actorId(),
                r.action(),
                r.targetType(),
                r.targetId(),
                r.decision(),
                details,
                r.requestId(),
                r.clientAddress(),
                entry.hash());
    }
}
