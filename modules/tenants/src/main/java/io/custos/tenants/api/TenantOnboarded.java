package io.custos.tenants.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A store chain was created with its first administrator (the first entry of its audit trail). */
public record TenantOnboarded(TenantId tenantId, String slug, String adminStaffId, Instant at) implements DomainEvent {

    @Override
    public String actorId() {
        return "operator";
    }

    @Override
    public String action() {
        return "tenant.onboard";
    }

    @Override
    public String targetType() {
        return "tenant";
    }

    @Override
    public String targetId() {
        return tenantId.value();
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("slug", slug, "adminStaffId", adminStaffId);
    }
}
