package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A staff member acknowledged a course version: the hashes of what they saw and, for a version
 * with a quiz, the passed attempt whose score is recorded.
 */
public record TrainingAcknowledged(
        TenantId tenantId,
        String actorId,
        String targetId,
        String courseCode,
        String version,
        Integer score,
        boolean passed,
        String statementHash,
        String contentHash,
        String attemptId,
        String client,
        Instant expiresAt,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "training.acknowledge";
    }

    @Override
    public String targetType() {
        return "training-acknowledgment";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "courseCode", courseCode,
                "version", version,
                "score", String.valueOf(score),
                "passed", passed,
                "statementHash", statementHash,
                "contentHash", contentHash,
                "attemptId", String.valueOf(attemptId),
                "client", String.valueOf(client),
                "expiresAt", expiresAt.toString());
    }
}
