package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A break-glass use ended before its expiry, by its holder or an admin; {@code staffId} held it. */
public record BreakGlassClosed(TenantId tenantId, String actorId, String targetId, String staffId, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "break-glass.close";
    }

    @Override
    public String targetType() {
        return "break-glass";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("staffId", staffId);
    }
}
