package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A staff member chose a new password of their own ({@code temporaryReplaced} when it replaced an
 * admin's temporary one); their other sessions ended. The password itself is never part of the event.
 */
public record PasswordChanged(
        TenantId tenantId, String actorId, String targetId, boolean temporaryReplaced, int sessionsEnded, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "staff.password-change";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("temporaryReplaced", temporaryReplaced, "sessionsEnded", sessionsEnded);
    }
}
