package io.custos.identity.sso;

import io.custos.identity.api.SsoRules;
import io.custos.identity.staff.Staff;
import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The SSO-only policy as password login meets it: asked after the password proved right, so it reveals nothing. */
@ApplicationScoped
public class SsoOnly {

    @Inject
    SsoRules.Store rules;

    /** 403 {@code sso-required} when the bound tenant is SSO-only and {@code member} is none of its emergency admins. */
    public void requirePasswordAllowed(Staff member) {
        if (!rules.current().view().allowsPasswordOf(member.id())) {
            throw new SsoRequired();
        }
    }

    boolean ssoOnly() {
        return rules.current().view().required();
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
