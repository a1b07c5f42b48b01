package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A suspended staff account works again (its grants were never touched by the suspension). */
public record StaffReinstated(TenantId tenantId, String actorId, String targetId, Instant at) implements DomainEvent {

    @Override
    public String action() {
        return "staff.reinstate";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of();
    }
}
