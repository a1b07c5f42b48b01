package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A staff member's derived assignments changed because their grants or the courses changed:
 * the courses (by code) now required of them and those no longer required.
 */
public record AssignmentsDerived(
        TenantId tenantId,
        String actorId,
        String targetId,
        List<String> assigned,
        List<String> withdrawn,
        String cause,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "training.assignments.derive";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("assigned", assigned, "withdrawn", withdrawn, "cause", cause);
    }
}
