package io.custos.consent.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A consent event was recorded for a customer. The trail keeps purpose, state, source, the notice
 * shown and the hash of notice, evidence and guardian ({@code evidenceSha256}); the evidence and a
 * guardian's name stay in the consent ledger, where erasure can blank them, and verifying the trail
 * checks them against that hash.
 */
public record ConsentRecorded(
        TenantId tenantId,
        String actorId,
        String targetId,
        String eventId,
        String purpose,
        String state,
        String source,
        String policyVersion,
        String noticeId,
        String evidenceSha256,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "consent.record";
    }

    @Override
    public String targetType() {
        return "customer";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "eventId", eventId,
                "purpose", purpose,
                "state", state,
                "source", source,
                "policyVersion", String.valueOf(policyVersion),
                "noticeId", String.valueOf(noticeId),
                "evidenceSha256", evidenceSha256);
    }
}
