package io.custos.regions.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A tenant tightened a rule pack: a new revision of its overrides is in force. */
public record RulePackOverridden(
        TenantId tenantId,
        String actorId,
        String targetId,
        int revision,
        Map<String, Object> before,
        Map<String, Object> after,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "rulepack.override";
    }

    @Override
    public String targetType() {
        return "rule-pack";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("revision", revision, "before", before, "after", after);
    }
}
