package io.custos.regions.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A region was created. */
public record RegionCreated(TenantId tenantId, String actorId, String targetId, String code, String name, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "region.create";
    }

    @Override
    public String targetType() {
        return "region";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("code", code, "name", name);
    }
}
