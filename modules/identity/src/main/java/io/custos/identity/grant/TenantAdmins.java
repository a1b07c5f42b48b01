package io.custos.identity.grant;

import io.custos.identity.role.BuiltInRoles;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.platform.problem.Conflict;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Keeps at least one active staff member holding TENANT_ADMIN over the whole tenant. */
@ApplicationScoped
public class TenantAdmins {

    @Inject
    TenantData data;

    @Inject
    Roles roles;

    @Inject
    Clock clock;

    /** Refuses to end {@code grant} when it is the last active tenant-wide admin grant. */
    void ensureAnotherRemainsWithout(Grant grant) {
        Instant now = clock.instant();
        if (grant.scope().type() != ScopeType.TENANT || !grant.isActiveAt(now) || !isAdminRole(grant.roleId())) {
            return;
        }
        if (adminGrantsOfActiveStaff(now, grant.id(), null) == 0) {
            throw lastAdmin();
        }
    }

    /** Refuses to suspend or offboard {@code staffId} when nobody else would be tenant admin. */
    public void ensureAnotherRemainsWithoutStaff(String staffId) {
        Instant now = clock.instant();
        boolean isAdmin = adminGrantsOfActiveStaff(now, null, null) > adminGrantsOfActiveStaff(now, null, staffId);
        if (isAdmin && adminGrantsOfActiveStaff(now, null, staffId) == 0) {
            throw lastAdmin();
        }
    }

    private long adminGrantsOfActiveStaff(Instant now, String exceptGrant, String exceptStaff) {
        String adminRole =
                roles.byName(BuiltInRoles.TENANT_ADMIN).map(r -> r.id()).orElse("");
        return data.em()
                .createQuery(
                        "SELECT COUNT(g) FROM Grant g, Staff s WHERE s.id = g.staffId AND s.status = :active"
                                + " AND g.roleId = :role AND g.scopeType = :tenant AND g.revokedAt IS NULL"
                                + " AND g.validFrom <= :now AND (g.validUntil IS NULL OR g.validUntil > :now)"
                                + " AND g.id <> :exceptGrant AND g.staffId <> :exceptStaff",
                        Long.class)
                .setParameter("active", Staff.Status.ACTIVE)
                .setParameter("role", adminRole)
                .setParameter("tenant", ScopeType.TENANT)
                .setParameter("now", now)
                .setParameter("exceptGrant", exceptGrant == null ? "" : exceptGrant)
                .setParameter("exceptStaff", exceptStaff == null ? "" : exceptStaff)
                .getSingleResult();
    }

    private boolean isAdminRole(String roleId) {
        return roles.find(roleId)
                .map(r -> r.isBuiltIn() && BuiltInRoles.TENANT_ADMIN.equals(r.name()))
                .orElse(false);
    }

    private static Conflict lastAdmin() {
        return new Conflict("last-tenant-admin", "this would leave the store chain without an active tenant admin");
    }
}
