package io.custos.identity.grant;

import java.time.Instant;

/** A grant as admins see it, with its status now. */
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
        Instant revokedAt) {

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
                grant.revokedAt());
    }
}
