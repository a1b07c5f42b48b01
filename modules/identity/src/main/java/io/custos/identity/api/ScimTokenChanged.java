package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A tenant's SCIM provisioning token was created, rotated or revoked; never carries the secret. */
public record ScimTokenChanged(
        TenantId tenantId, String actorId, String targetId, Change change, String name, Instant at)
        implements DomainEvent {

    public enum Change {
        CREATE,
        ROTATE,
        REVOKE
    }

    @Override
    public String action() {
        return "scim-token." + change.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String targetType() {
        return "scim-token";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name);
    }
}
