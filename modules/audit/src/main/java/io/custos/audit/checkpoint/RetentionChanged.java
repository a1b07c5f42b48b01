package io.custos.audit.checkpoint;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A tenant changed how long it keeps its audit trail. */
public record RetentionChanged(TenantId tenantId, String actorId, Integer beforeDays, int afterDays, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "audit.retention";
    }

    @Override
    public String targetType() {
        return "audit";
    }

    @Override
    public String targetId() {
        return "retention";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("before", String.valueOf(beforeDays), "after", afterDays);
    }
}
