package io.custos.audit.trail;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** Someone exported the trail: exports are accesses too. */
public record AuditExported(TenantId tenantId, String actorId, String format, long throughSeq, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "audit.export";
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
        return Map.of("format", format, "throughSeq", throughSeq);
    }
}
