package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;

/** A session's refresh token was rotated and a new access token issued in it. */
public record SessionRefreshed(TenantId tenantId, String actorId, String targetId, Instant at) implements DomainEvent {

    @Override
    public String action() {
        return "auth.refresh";
    }

    @Override
    public String targetType() {
        return "session";
    }
}
