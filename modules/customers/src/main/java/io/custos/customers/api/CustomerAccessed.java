package io.custos.customers.api;

import io.custos.platform.access.Decision;
import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An access decision on a customer and what it let through: every read, change and refusal,
 * with each gate's outcome. The audit trail records it; the customer's access log is made of it.
 */
public record CustomerAccessed(
        TenantId tenantId, String actorId, String targetId, Decision outcome, List<String> fields, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return outcome.action();
    }

    @Override
    public String targetType() {
        return "customer";
    }

    @Override
    public String decision() {
        return outcome.allowed() ? "ALLOW" : "DENY";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "fields",
                fields,
                "gates",
                outcome.gates().stream()
                        .map(g -> Map.of("gate", g.gate(), "passed", g.passed(), "detail", g.detail()))
                        .toList());
    }
}
