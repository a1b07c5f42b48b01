package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** An admin removed a staff member's second factor (a lost phone): they enrol again at their next sign-in. */
public record MfaReset(TenantId tenantId, String actorId, String targetId, String reason, int sessionsEnded, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "mfa.reset";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("reason", reason, "sessionsEnded", sessionsEnded);
    }
}
