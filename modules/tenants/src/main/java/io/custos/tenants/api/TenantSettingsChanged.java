package io.custos.tenants.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A tenant changed its settings: {@code before} and {@code after} hold the changed keys only
 * ({@code training.graceDays}), {@code settings} the whole document now in force at {@code version}.
 * Fired inside the change's transaction (audited with it); react with {@code during = AFTER_SUCCESS}.
 */
public record TenantSettingsChanged(
        TenantId tenantId,
        String actorId,
        long version,
        Map<String, Object> before,
        Map<String, Object> after,
        TenantSettings settings,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "tenant.settings.update";
    }

    @Override
    public String targetType() {
        return "tenant-settings";
    }

    @Override
    public String targetId() {
        return tenantId.value();
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("version", version, "before", before, "after", after);
    }
}
