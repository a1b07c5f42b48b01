package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A manager assigned a course to a staff member by hand. */
public record TrainingAssigned(
        TenantId tenantId,
        String actorId,
        String targetId,
        String staffId,
        String courseCode,
        Instant dueAt,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "training.assign";
    }

    @Override
    public String targetType() {
        return "training-assignment";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("staffId", staffId, "courseCode", courseCode, "dueAt", dueAt.toString());
    }
}
