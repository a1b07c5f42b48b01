package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A staff account was offboarded: its grants were revoked and it cannot log in. */
public record StaffOffboarded(TenantId tenantId, String actorId, String targetId, int grantsRevoked, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "staff.offboard";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("grantsRevoked", grantsRevoked);
    }
}
