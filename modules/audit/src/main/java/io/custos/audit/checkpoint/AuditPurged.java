package io.custos.audit.checkpoint;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** Entries up to a signed checkpoint were removed under the retention policy. */
public record AuditPurged(TenantId tenantId, String actorId, long throughSeq, int removed, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "audit.purge";
    }

    @Override
    public String targetType() {
        return "audit";
    }

    @Override
    public String targetId() {
        return Long.toString(throughSeq);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("throughSeq", throughSeq, "removed", removed);
    }
}
