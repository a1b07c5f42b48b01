package io.custos.customers.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone was shown a page of customers: the page's customers are named on the trail and each
 * one's access log lists it. A search text is not kept (it may be a name), only that there was one.
 */
public record CustomersListed(
        TenantId tenantId,
        String actorId,
        boolean searched,
        String storeId,
        String country,
        List<String> customerIds,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "customer.list";
    }

    @Override
    public String targetType() {
        return "customers";
    }

    @Override
    public String targetId() {
        return null;
    }

    @Override
    public String decision() {
        return "ALLOW";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("searched", searched);
        if (storeId != null) {
            details.put("storeId", storeId);
        }
        if (country != null) {
            details.put("country", country);
        }
        details.put("customers", customerIds);
        return details;
    }

    @Override
    public List<String> exposedCustomers() {
        return customerIds;
    }
}
