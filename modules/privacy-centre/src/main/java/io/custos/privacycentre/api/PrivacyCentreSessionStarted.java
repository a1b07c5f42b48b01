package io.custos.privacycentre.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A customer redeemed a pass and is in the privacy centre; the customer is the actor. */
public record PrivacyCentreSessionStarted(
        TenantId tenantId, String actorId, String targetId, String sessionId, String passId, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "privacy-centre.session.start";
    }

    @Override
    public String targetType() {
        return "customer";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("sessionId", sessionId, "passId", passId);
    }
}
