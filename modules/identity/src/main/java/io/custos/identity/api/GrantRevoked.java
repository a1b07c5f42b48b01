package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A grant was revoked; it stays as history. */
public record GrantRevoked(
        TenantId tenantId, String actorId, String targetId, String staffId, String reason, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "grant.revoke";
    }

    @Override
    public String targetType() {
        return "grant";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("staffId", staffId, "reason", reason);
    }
}
