package io.custos.platform.approval;

import io.custos.platform.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;

/** An approval as admins read it: the held request, who asked and why, and the decision. */
public record ApprovalView(
        String id,
        String action,
        Approval.Status status,
        JsonValue request,
        String requestedBy,
        String requestReason,
        Instant requestedAt,
        Instant expiresAt,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        JsonValue result) {

    static ApprovalView of(Approval a, Instant now) {
        return new ApprovalView(
                a.id(),
                a.action(),
                a.statusAt(now),
                json(a.request()),
                a.requestedBy(),
                a.requestReason(),
                a.requestedAt(),
                a.expiresAt(),
                a.decidedBy(),
                a.decidedAt(),
                a.decisionReason(),
                a.result() == null ? null : json(a.result()));
    }

    private static JsonValue json(String text) {
        try (var reader = Json.provider().createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
