package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A team was created. */
public record TeamCreated(TenantId tenantId, String actorId, String targetId, String name, String storeId, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "team.create";
    }

    @Override
    public String targetType() {
        return "team";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name, "storeId", String.valueOf(storeId));
    }
}
