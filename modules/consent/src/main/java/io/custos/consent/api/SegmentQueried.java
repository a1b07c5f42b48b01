package io.custos.consent.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Someone listed, counted or exported the customers lawful for a purpose; {@code customers} is
 * how many were listed or counted ({@link #STREAMED} for an export, recorded before it streams);
 * {@code exposed} the customers a page of a query or an export showed (each one's access log lists it).
 */
public record SegmentQueried(
        TenantId tenantId,
        String actorId,
        String targetId,
        String how,
        Map<String, String> filters,
        long customers,
        List<String> exposed,
        Instant at)
        implements DomainEvent {

    public static final long STREAMED = -1;

    @Override
    public String action() {
        return how.startsWith("export") ? "segments.export" : "segments.query";
    }

    @Override
    public String targetType() {
        return "purpose";
    }

    @Override
    public Map<String, Object> details() {
        return exposed.isEmpty()
                ? Map.of("how", how, "filters", filters, "customers", customers)
                : Map.of("how", how, "filters", filters, "customers", customers, "exposed", exposed);
    }

    @Override
    public List<String> exposedCustomers() {
        return exposed;
    }
}
