package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A login step failed for a known account. */
public record LoginFailed(TenantId tenantId, String actorId, String targetId, String step, String reason, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "auth.login.fail";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("step", step, "reason", reason);
    }
}
