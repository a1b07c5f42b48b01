package io.custos.webhooks.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A webhook endpoint was created, changed, deleted, had its secret rotated, was re-enabled, or was
 * disabled after failing ({@code step}); details name what changed, never a secret.
 */
public record WebhookEndpointChanged(
        TenantId tenantId, String actorId, String targetId, String step, Map<String, Object> details, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "webhook." + step;
    }

    @Override
    public String targetType() {
        return "webhook";
    }
}
