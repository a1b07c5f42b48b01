package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A reviewer kept or marked for revocation one grant under review. */
public record AccessReviewItemDecided(
        TenantId tenantId, String actorId, String targetId, String grantId, String decision, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "access-review.decide";
    }

    @Override
    public String targetType() {
        return "access-review";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("grantId", grantId, "decision", decision);
    }
}
