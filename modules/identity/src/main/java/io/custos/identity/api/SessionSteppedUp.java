package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A staff member proved the second factor again within session {@code sessionId}; its tokens now carry {@code methods}. */
public record SessionSteppedUp(TenantId tenantId, String actorId, String sessionId, List<String> methods, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "auth.step-up";
    }

    @Override
    public String targetType() {
        return "session";
    }

    @Override
    public String targetId() {
        return sessionId;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("methods", methods);
    }
}
