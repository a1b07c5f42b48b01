package io.custos.customers.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** Customers deleted longer ago than the retention were erased (one page of them). */
public record DeletedCustomersPurged(
        TenantId tenantId,
        String actorId,
        String targetId,
        java.util.List<String> customerIds,
        int retentionDays,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "customer.purge";
    }

    @Override
    public String targetType() {
        return "tenant";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("erased", customerIds.size(), "customerIds", customerIds, "retentionDays", retentionDays);
    }
}
