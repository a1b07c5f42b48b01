package io.custos.identity.grant;

import java.time.Instant;

/** A grant as admins see it, with its status now and, once revoked, who revoked it and why. */
public record GrantView(
        String id,
        String staffId,
        String roleId,
        Scope scope,
        Instant validFrom,
        Instant validUntil,
        String reason,
        String grantedBy,
        GrantStatus status,
        Instant revokedAt,
        String revokedBy,
        String revocationReason) {

    static GrantView of(Grant grant, Instant now) {
        return new GrantView(
                grant.id(),
                grant.staffId(),
                grant.roleId(),
                grant.scope(),
                grant.validFrom(),
                grant.validUntil(),
                grant.reason(),
                grant.grantedBy(),
                grant.statusAt(now),
                grant.revokedAt(),
                grant.revokedBy(),
                grant.revocationReason());
    }
}
