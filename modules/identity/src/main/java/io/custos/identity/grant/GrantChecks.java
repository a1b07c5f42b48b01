package io.custos.identity.grant;

import io.custos.identity.role.Permission;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Answers from the current grants on every request: revocations hold on the next one. */
@ApplicationScoped
public class GrantChecks implements PermissionCheck {

    @Inject
    StaffDirectory staff;

    @Inject
    Grants grants;

    @Inject
    Roles roles;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public boolean isActive(Caller caller) {
        return staff.find(caller.staffId()).filter(Staff::isActive).isPresent();
    }

    @Override
    @Transactional
    public Optional<Forbidden> refusal(Caller caller, String permission, Reach reach) {
        boolean holds = grants.activeGrantsOf(caller.staffId(), clock.instant()).stream()
                .filter(g -> reach == Reach.ANY_SCOPE || g.scopeType() == ScopeType.TENANT)
                .anyMatch(g ->
                        roles.find(g.roleId()).map(r -> r.holds(permission)).orElse(false));
        if (!holds) {
            String where = reach == Reach.TENANT ? " over the whole tenant" : "";
            return Optional.of(new Forbidden("grant", "needs the permission " + permission + where));
        }
        boolean sensitive =
                Permission.byCode(permission).map(Permission::isSensitive).orElse(true);
        if (sensitive && !caller.hasSecondFactor()) {
            return Optional.of(new Forbidden(
                    "mfa", permission + " is sensitive: log in with a second factor (enrol at /api/v1/me/mfa/totp)"));
        }
        return Optional.empty();
    }
}
