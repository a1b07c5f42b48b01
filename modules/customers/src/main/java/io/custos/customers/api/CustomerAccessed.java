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
 * Decisions taken along with it for the same request (whether a read also releases the sensitive
 * fields) are listed in the same entry: one entry per access.
 */
public record CustomerAccessed(
        TenantId tenantId,
        String actorId,
        String targetId,
        Decision outcome,
        List<String> fields,
        Instant at,
        List<Decision> alongWith)
        implements DomainEvent {

    public CustomerAccessed {
        alongWith = List.copyOf(alongWith);
    }

    public CustomerAccessed(
            TenantId tenantId, String actorId, String targetId, Decision outcome, List<String> fields, Instant at) {
        this(tenantId, actorId, targetId, outcome, fields, at, List.of());
    }

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
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("fields", fields);
        details.put(
                "gates",
                outcome.gates().stream()
                        .map(g -> Map.of("gate", g.gate(), "passed", g.passed(), "detail", g.detail()))
                        .toList());
        if (!alongWith.isEmpty()) {
            details.put(
                    "alongWith",
                    alongWith.stream().map(CustomerAccessed::summary).toList());
        }
        return details;
    }

    private static Map<String, Object> summary(Decision decision) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("action", decision.action());
        summary.put("allowed", decision.allowed());
        decision.refusal().ifPresent(g -> {
            summary.put("refusedBy", g.gate());
            summary.put("detail", g.detail());
        });
        return summary;
    }
}
