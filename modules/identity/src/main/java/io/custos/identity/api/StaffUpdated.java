package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A staff account's fields changed; secrets appear only as changed, never by value. */
public record StaffUpdated(
        TenantId tenantId,
        String actorId,
        String targetId,
        Map<String, Object> before,
        Map<String, Object> after,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "staff.update";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("before", before, "after", after);
    }
}
