package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** An access review closed: grants marked REVOKE (and unreviewed ones, if asked) were revoked. */
public record AccessReviewClosed(
        TenantId tenantId, String actorId, String targetId, int revoked, int unreviewed, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "access-review.close";
    }

    @Override
    public String targetType() {
        return "access-review";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("revoked", revoked, "unreviewed", unreviewed);
    }
}
