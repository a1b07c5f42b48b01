package io.custos.identity.grant;

import io.custos.identity.api.Approvers;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Counts the approvers four eyes needs: active staff with an active tenant-wide grant of tenant.manage. */
@ApplicationScoped
public class TenantWideManagers implements Approvers {

    static final String PERMISSION = "tenant.manage";

    @Inject
    TenantData data;

    @Inject
    Roles roles;

    @Inject
    Clock clock;

    @Override
    public long active() {
        Instant now = clock.instant();
        List<Grant> grants = data.em()
                .createQuery(
                        "SELECT g FROM Grant g, Staff s WHERE s.id = g.staffId AND s.status = :active"
                                + " AND g.scopeType = :tenant AND g.revokedAt IS NULL AND g.validFrom <= :now"
                                + " AND (g.validUntil IS NULL OR g.validUntil > :now)",
                        Grant.class)
                .setParameter("active", Staff.Status.ACTIVE)
                .setParameter("tenant", ScopeType.TENANT)
                .setParameter("now", now)
                .getResultList();
        // permissions live in a converted column, so the role is checked here rather than in the query
        Map<String, Role> held = roles.byIds(grants.stream().map(Grant::roleId).toList());
        return grants.stream()
                .filter(g -> held.containsKey(g.roleId())
                        && held.get(g.roleId()).permissions().contains(PERMISSION))
                .map(Grant::staffId)
                .distinct()
                .count();
    }
}
