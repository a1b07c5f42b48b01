package io.custos.identity.sso;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;

/** 502: the OpenID Provider did not answer as one should (discovery, token endpoint). */
public class ProviderUnavailable extends DomainProblem {

    ProviderUnavailable(String detail) {
        super(detail);
    }

    @Override
    public Problem problem() {
        return Problem.of(502, "sso-provider-unavailable", "The identity provider is unavailable", getMessage());
    }
}
