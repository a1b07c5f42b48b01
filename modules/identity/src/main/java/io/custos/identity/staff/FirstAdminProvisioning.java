package io.custos.identity.staff;

import io.custos.identity.api.AdminAccounts;
import io.custos.identity.grant.Grants;
import io.custos.identity.role.BuiltInRoles;
import io.custos.identity.role.Role;
import io.custos.platform.security.PasswordHashing;
import io.custos.platform.security.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** The first administrator of a new store chain, with every built-in role created beside it. */
@ApplicationScoped
public class FirstAdminProvisioning implements AdminAccounts {

    @Inject
    StaffDirectory staff;

    @Inject
    BuiltInRoles builtInRoles;

    @Inject
    Grants grants;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AdminAccount createFirstAdmin(FirstAdmin request) {
        PasswordPolicy.check("admin.password", request.password(), request.username());
        Instant now = clock.instant();
        Role tenantAdmin = builtInRoles.createFor();
        Staff admin =
                new Staff(request.username(), request.email(), null, null, passwords.hash(request.password()), now);
        staff.add(admin);
        // Grants reference staff and roles by id only, so EclipseLink cannot order the inserts by
        // itself: write these rows before the grant's foreign keys point at them.
        staff.flush();
        grants.grantTenantAdminAtOnboarding(admin.id(), tenantAdmin.id(), now);
        return new AdminAccount(admin.id(), admin.username());
    }
}
