package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** Someone other than its holder judged a break-glass use justified or not, with a note. */
public record BreakGlassReviewed(
        TenantId tenantId, String actorId, String targetId, String staffId, boolean justified, String note, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "break-glass.review";
    }

    @Override
    public String targetType() {
        return "break-glass";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("staffId", staffId, "justified", justified, "note", note);
    }
}
