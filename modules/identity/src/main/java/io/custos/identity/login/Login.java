package io.custos.identity.login;

import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.problem.NotAuthenticated;
import io.custos.platform.security.AccessTokens;
import io.custos.platform.security.PasswordHashing;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Password login. Unknown tenant, unknown user, wrong password and an inactive account all get
 * the same 401 after the same amount of hashing, so the answer reveals nothing.
 */
@ApplicationScoped
public class Login {

    static final String FAILED = "the tenant, username or password is wrong";

    @Inject
    TenantDirectory tenants;

    @Inject
    StaffDirectory staff;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccessTokens tokens;

    @Transactional
    public AccessTokens.IssuedToken login(Credentials credentials) {
        Optional<TenantDirectory.TenantSummary> tenant = tenants.findActiveBySlug(credentials.tenant());
        if (tenant.isEmpty()) {
            passwords.spendVerificationTime(credentials.password());
            throw new NotAuthenticated(FAILED);
        }
        return TenantScope.supply(tenant.get().id(), () -> {
            Optional<Staff> account = staff.byUsername(credentials.username());
            Optional<String> hash = account.flatMap(Staff::passwordHash);
            if (hash.isEmpty()) {
                passwords.spendVerificationTime(credentials.password());
                throw new NotAuthenticated(FAILED);
            }
            if (!passwords.matches(credentials.password(), hash.get())
                    || !account.get().isActive()) {
                throw new NotAuthenticated(FAILED);
            }
            Staff member = account.get();
            return tokens.issue(member.id(), member.username(), tenant.get().id(), Set.of("pwd"));
        });
    }
}
