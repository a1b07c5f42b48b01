package io.custos.identity.sso;

import io.custos.identity.staff.Staff;
import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The SSO-only policy as password login meets it: asked after the password proved right, so it reveals nothing. */
@ApplicationScoped
public class SsoOnly {

    @Inject
    TenantData data;

    /** 403 {@code sso-required} when the bound tenant is SSO-only and {@code member} is none of its emergency admins. */
    public void requirePasswordAllowed(Staff member) {
        if (!passwordAllowed(member.id())) {
            throw new SsoRequired();
        }
    }

    boolean passwordAllowed(String staffId) {
        return policy().map(p -> p.allowsPasswordOf(staffId)).orElse(true);
    }

    boolean ssoOnly() {
        return policy().map(SsoPolicy::ssoOnly).orElse(false);
    }

    private Optional<SsoPolicy> policy() {
        return Optional.ofNullable(
                data.em().find(SsoPolicy.class, TenantScope.required().value()));
    }

    /** 403: this store chain signs its staff in through its identity provider. */
    static class SsoRequired extends DomainProblem {
        SsoRequired() {
            super("this store chain signs its staff in through single sign-on: use \"Sign in with\" its provider");
        }

        @Override
        public Problem problem() {
            return Problem.of(403, "sso-required", "Single sign-on required", getMessage());
        }
    }
}
