package io.custos.consent.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A tenant added a purpose of its own. */
public record PurposeCreated(TenantId tenantId, String actorId, String targetId, String follows, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "purpose.create";
    }

    @Override
    public String targetType() {
        return "purpose";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("follows", String.valueOf(follows));
    }
}
