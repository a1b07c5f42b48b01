package io.custos.customers.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** The tenant's data key was replaced and every customer key re-wrapped under the new one. */
public record DataKeyRotated(TenantId tenantId, String actorId, String targetId, int customerKeys, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "data-key.rotate";
    }

    @Override
    public String targetType() {
        return "data-key";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("customerKeys", customerKeys);
    }
}
