package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A staff member confirmed TOTP enrolment; logins now need a second factor. */
public record MfaEnabled(TenantId tenantId, String actorId, String targetId, int recoveryCodes, Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "mfa.enable";
    }

    @Override
    public String targetType() {
        return "staff";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("recoveryCodes", recoveryCodes);
    }
}
