package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A team was deleted; its members are no longer in it (the staff stay). */
public record TeamDeleted(
        TenantId tenantId, String actorId, String targetId, String name, List<String> memberIds, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "team.delete";
    }

    @Override
    public String targetType() {
        return "team";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name, "memberIds", memberIds);
    }
}
