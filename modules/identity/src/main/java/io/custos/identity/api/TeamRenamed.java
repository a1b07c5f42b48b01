package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A team's name changed. */
public record TeamRenamed(TenantId tenantId, String actorId, String targetId, String before, String name, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "team.rename";
    }

    @Override
    public String targetType() {
        return "team";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("before", before, "name", name);
    }
}
