package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A role was granted to a staff member over a scope. */
public record GrantGiven(
        TenantId tenantId,
        String actorId,
        String targetId,
        String staffId,
        String roleId,
        String scope,
        Instant validFrom,
        Instant validUntil,
        String reason,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "grant.give";
    }

    @Override
    public String targetType() {
        return "grant";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "staffId",
                staffId,
                "roleId",
                roleId,
                "scope",
                scope,
                "validFrom",
                String.valueOf(validFrom),
                "validUntil",
                String.valueOf(validUntil),
                "reason",
                reason);
    }
}
