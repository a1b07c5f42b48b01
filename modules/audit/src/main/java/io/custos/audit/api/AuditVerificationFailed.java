package io.custos.audit.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A verification of the tenant's trail found it broken ({@code firstBrokenSeq}) or found records
 * kept beside it altered. Raised by whoever verified: an auditor, or the nightly check as
 * {@code system}; on the trail itself too, after the break.
 */
public record AuditVerificationFailed(
        TenantId tenantId, String actorId, Long firstBrokenSeq, int alteredRecords, long entriesChecked, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "audit.verification-failed";
    }

    @Override
    public String targetType() {
        return "audit-trail";
    }

    @Override
    public String targetId() {
        return tenantId.value();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (firstBrokenSeq != null) {
            details.put("firstBrokenSeq", firstBrokenSeq);
        }
        details.put("alteredRecords", alteredRecords);
        details.put("entriesChecked", entriesChecked);
        return details;
    }
}
