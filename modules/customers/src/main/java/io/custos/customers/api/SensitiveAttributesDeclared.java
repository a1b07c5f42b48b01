package io.custos.customers.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The tenant declared which customer attributes are SENSITIVE; existing values were re-sealed. */
public record SensitiveAttributesDeclared(
        TenantId tenantId, String actorId, String targetId, List<String> names, int customers, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "customer.attributes.declare";
    }

    @Override
    public String targetType() {
        return "tenant";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("names", names, "customersResealed", customers);
    }
}
