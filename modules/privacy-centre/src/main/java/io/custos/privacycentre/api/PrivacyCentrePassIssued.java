package io.custos.privacycentre.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** Staff handed a customer a way into the privacy centre: a {@code LINK} or a till {@code CODE}; never its secret. */
public record PrivacyCentrePassIssued(
        TenantId tenantId, String actorId, String targetId, String passId, String kind, Instant expiresAt, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "privacy-centre.pass.issue";
    }

    @Override
    public String targetType() {
        return "customer";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("passId", passId, "kind", kind, "expiresAt", expiresAt.toString());
    }
}
