package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A role (permission set) was created. */
public record RoleCreated(
        TenantId tenantId, String actorId, String targetId, String name, java.util.Set<String> permissions, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "role.create";
    }

    @Override
    public String targetType() {
        return "role";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name, "permissions", permissions);
    }
}
