package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A completion recorded by another LMS was imported: it counts like an acknowledgment made here. */
public record TrainingCompletionImported(
        TenantId tenantId,
        String actorId,
        String targetId,
        String staffId,
        String courseCode,
        String version,
        Instant completedAt,
        Integer score,
        String sourceSystem,
        String evidenceRef,
        Instant expiresAt,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "training.completion.import";
    }

    @Override
    public String targetType() {
        return "training-acknowledgment";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "staffId",
                staffId,
                "courseCode",
                courseCode,
                "version",
                version,
                "completedAt",
                completedAt.toString(),
                "score",
                String.valueOf(score),
                "sourceSystem",
                sourceSystem,
                "evidenceRef",
                String.valueOf(evidenceRef),
                "expiresAt",
                expiresAt.toString());
    }
}
