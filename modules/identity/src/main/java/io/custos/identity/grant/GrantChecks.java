package io.custos.identity.grant;

import io.custos.identity.role.Role;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Answers from the current grants on every request: revocations hold on the next one. */
@ApplicationScoped
public class GrantChecks implements PermissionCheck {

    @Inject
    TenantData data;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public boolean isActive(Caller caller) {
        return staff.find(caller.staffId()).filter(s -> s.isActive()).isPresent();
    }

    @Override
    @Transactional
    public boolean holdsTenantWide(Caller caller, String permission) {
        Instant now = clock.instant();
        List<String> roleIds = data.em()
                .createQuery(
                        "SELECT g FROM Grant g WHERE g.staffId = :staff AND g.scopeType = :tenant AND g.revokedAt IS NULL",
                        Grant.class)
                .setParameter("staff", caller.staffId())
                .setParameter("tenant", ScopeType.TENANT)
                .getResultStream()
                .filter(g -> g.isActiveAt(now))
                .map(Grant::roleId)
                .toList();
        return roleIds.stream()
                .map(id -> data.em().find(Role.class, id))
                .anyMatch(role -> role != null && role.holds(permission));
    }
}
