package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A session ended (logout, ended by its owner or an admin, suspension, offboarding, a reused
 * refresh token, a timeout): its access tokens are refused from the next request on.
 */
public record SessionEnded(
        TenantId tenantId, String actorId, String targetId, String staffId, String reason, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "session.end";
    }

    @Override
    public String targetType() {
        return "session";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("staffId", staffId, "reason", reason);
    }
}
