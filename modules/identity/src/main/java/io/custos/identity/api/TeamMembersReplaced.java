package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A team's member list was replaced. */
public record TeamMembersReplaced(
        TenantId tenantId,
        String actorId,
        String targetId,
        java.util.List<String> before,
        java.util.List<String> after,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "team.members";
    }

    @Override
    public String targetType() {
        return "team";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("before", before, "after", after);
    }
}
