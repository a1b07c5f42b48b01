package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * An admin gave a staff member a temporary password, which they must replace at their next sign-in;
 * the password itself is never part of the event.
 */
public record PasswordReset(
        TenantId tenantId, String actorId, String targetId, String reason, int sessionsEnded, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "staff.password-reset";
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
