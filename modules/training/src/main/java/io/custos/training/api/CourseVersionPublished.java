package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A new version of a course became current; it may require everyone to acknowledge again. */
public record CourseVersionPublished(
        TenantId tenantId,
        String actorId,
        String targetId,
        String code,
        String version,
        String previousVersion,
        boolean requiresReacknowledgment,
        String statementHash,
        String contentHash,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "training.course.publish";
    }

    @Override
    public String targetType() {
        return "course";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "code", code,
                "version", version,
                "previousVersion", previousVersion,
                "requiresReacknowledgment", requiresReacknowledgment,
                "statementHash", statementHash,
                "contentHash", contentHash);
    }
}
