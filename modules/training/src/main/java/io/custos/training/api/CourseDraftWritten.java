package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** An author created a draft version of a course or replaced its content. */
public record CourseDraftWritten(
        TenantId tenantId,
        String actorId,
        String targetId,
        String code,
        String version,
        boolean created,
        String contentHash,
        boolean hasQuiz,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return created ? "training.draft.create" : "training.draft.update";
    }

    @Override
    public String targetType() {
        return "course-draft";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("code", code, "version", version, "contentHash", contentHash, "hasQuiz", hasQuiz);
    }
}
