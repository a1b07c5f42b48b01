package io.custos.requests.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A data-subject request was received, acknowledged, stopped or resumed, verified, extended or
 * fulfilled ({@code step}); details carry the
 * type, the customer (a pseudonymous id) and the due date, nothing of the bundle.
 */
public record PrivacyRequestChanged(
        TenantId tenantId,
        String actorId,
        String targetId,
        String step,
        String type,
        String customerId,
        Instant dueAt,
        Map<String, Object> outcome,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "privacy-request." + step;
    }

    @Override
    public String targetType() {
        return "privacy-request";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("type", type, "customerId", customerId, "dueAt", dueAt.toString(), "outcome", outcome);
    }
}
