package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** An access-review campaign snapshotted the grants under review. */
public record AccessReviewOpened(
        TenantId tenantId, String actorId, String targetId, String name, String regionId, int items, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "access-review.open";
    }

    @Override
    public String targetType() {
        return "access-review";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name, "regionId", String.valueOf(regionId), "items", items);
    }
}
