package io.custos.identity.review;

import io.custos.identity.grant.Grant;
import io.custos.identity.grant.Scope;
import io.custos.identity.role.Role;
import java.time.Instant;

/**
 * One item under review, with what a reviewer weighs: the grant's role, scope and validity as they
 * stand now (a grant revoked meanwhile says so through {@code grantRevokedAt}).
 */
public record ItemView(
        String id,
        String grantId,
        String staffId,
        String reviewerId,
        String decision,
        String roleId,
        String roleName,
        Scope scope,
        Instant validFrom,
        Instant validUntil,
        Instant grantRevokedAt) {

    static ItemView of(AccessReviewItem item, Grant grant, Role role) {
        return new ItemView(
                item.id(),
                item.grantId(),
                item.staffId(),
                item.reviewerId(),
                item.decision() == null ? null : item.decision().name(),
                grant.roleId(),
                role == null ? null : role.name(),
                grant.scope(),
                grant.validFrom(),
                grant.validUntil(),
                grant.revokedAt());
    }
}
