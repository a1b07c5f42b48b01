package io.custos.consent.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * Someone listed, counted or exported the customers lawful for a purpose; {@code customers} is
 * how many were listed or counted ({@link #STREAMED} for an export, recorded before it streams).
 */
public record SegmentQueried(
        TenantId tenantId,
        String actorId,
        String targetId,
        String how,
        Map<String, String> filters,
        long customers,
        Instant at)
        implements DomainEvent {

    public static final long STREAMED = -1;

    @Override
    public String action() {
        return how.equals("export") ? "segments.export" : "segments.query";
    }

    @Override
    public String targetType() {
        return "purpose";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("how", how, "filters", filters, "customers", customers);
    }
}
