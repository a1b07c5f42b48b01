package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A staff member logged in (password, and a second factor where enrolled) and began session {@code sessionId}. */
public record LoginSucceeded(
        TenantId tenantId, String actorId, String targetId, java.util.Set<String> methods, String sessionId, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "auth.login";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("methods", methods, "sessionId", sessionId);
    }
}
