package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** Repeated failures locked an account for a while. */
public record AccountLocked(
        TenantId tenantId, String actorId, String targetId, long lockedSeconds, int failures, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "auth.lockout";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("lockedSeconds", lockedSeconds, "failures", failures);
    }
}
