package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A staff member opened emergency access to one customer or one store, bypassing the grant gate
 * until {@code expiresAt}: privacy officers must hear of it at once (mail, webhooks observe this).
 */
public record BreakGlassOpened(
        TenantId tenantId,
        String actorId,
        String targetId,
        String customerId,
        String storeId,
        String reason,
        Instant expiresAt,
        Instant reviewDueAt,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "break-glass.open";
    }

    @Override
    public String targetType() {
        return "break-glass";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (customerId != null) {
            details.put("customerId", customerId);
        }
        if (storeId != null) {
            details.put("storeId", storeId);
        }
        details.put("reason", reason);
        details.put("expiresAt", expiresAt.toString());
        details.put("reviewDueAt", reviewDueAt.toString());
        return details;
    }
}
