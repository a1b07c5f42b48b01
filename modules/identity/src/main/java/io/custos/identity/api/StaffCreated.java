package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A staff account was created. */
public record StaffCreated(
        TenantId tenantId,
        String actorId,
        String targetId,
        String username,
        String email,
        String homeStoreId,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "staff.create";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("username", username, "email", email, "homeStoreId", String.valueOf(homeStoreId));
    }
}
