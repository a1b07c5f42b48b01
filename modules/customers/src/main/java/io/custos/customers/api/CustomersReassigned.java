package io.custos.customers.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every customer one staff member owned went to another (and team) in one operation, with its reason. */
public record CustomersReassigned(
        TenantId tenantId,
        String actorId,
        String targetId,
        String toStaffId,
        String teamId,
        List<String> customerIds,
        String reason,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "customer.reassign";
    }

    /** The staff member whose customers were reassigned. */
    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new HashMap<>();
        details.put("toStaffId", toStaffId);
        if (teamId != null) {
            details.put("teamId", teamId);
        }
        details.put("reassigned", customerIds.size());
        details.put("customerIds", customerIds);
        details.put("reason", reason);
        return details;
    }
}
