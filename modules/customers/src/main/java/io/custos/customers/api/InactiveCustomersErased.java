package io.custos.customers.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Customers of one rule pack inactive longer than its (or the tenant's shorter) retentionMaxDays
 * were erased (one page of them); each one's access log lists the entry.
 */
public record InactiveCustomersErased(
        TenantId tenantId,
        String actorId,
        String pack,
        List<String> customerIds,
        int retentionMaxDays,
        Instant inactiveSince,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "customer.retention-erase";
    }

    @Override
    public String targetType() {
        return "rule-pack";
    }

    @Override
    public String targetId() {
        return pack;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "erased",
                customerIds.size(),
                "customerIds",
                customerIds,
                "retentionMaxDays",
                retentionMaxDays,
                "inactiveSince",
                inactiveSince.toString());
    }

    @Override
    public List<String> exposedCustomers() {
        return customerIds;
    }
}
