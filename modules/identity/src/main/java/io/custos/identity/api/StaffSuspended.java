package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A staff account was suspended: no request of it is served any more. */
public record StaffSuspended(TenantId tenantId, String actorId, String targetId, String reason, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "staff.suspend";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("reason", String.valueOf(reason));
    }
}
