package io.custos.identity.review;

import io.custos.identity.api.ConflictingPermissions;
import io.custos.identity.grant.Grant;
import io.custos.identity.grant.Scope;
import io.custos.identity.role.Role;
import java.time.Instant;
import java.util.List;

/**
 * One item under review, with what a reviewer weighs: the grant's role, scope and validity as they
 * stand now (a grant revoked meanwhile says so through {@code grantRevokedAt}), and the separation
 * of duties it breaks.
 */
public record ItemView(
        String id,
        String grantId,
        String staffId,
        String reviewerId,
        String decision,
        Instant decidedAt,
        String roleId,
        String roleName,
        Scope scope,
        Instant validFrom,
        Instant validUntil,
        Instant grantRevokedAt,
        List<List<String>> conflicts) {

    /** {@code conflicts}: the conflicting pairs the grantee holds both of, of which this grant's role gives one or both. */
    static ItemView of(AccessReviewItem item, Grant grant, Role role, List<ConflictingPermissions.Pair> held) {
        return new ItemView(
                item.id(),
                item.grantId(),
                item.staffId(),
                item.reviewerId(),
                item.decision() == null ? null : item.decision().name(),
                item.decidedAt(),
                grant.roleId(),
                role == null ? null : role.name(),
                grant.scope(),
                grant.validFrom(),
                grant.validUntil(),
                grant.revokedAt(),
                held.stream()
                        .filter(p -> role != null && (role.holds(p.first()) || role.holds(p.second())))
                        .map(p -> List.of(p.first(), p.second()))
                        .toList());
    }
}
