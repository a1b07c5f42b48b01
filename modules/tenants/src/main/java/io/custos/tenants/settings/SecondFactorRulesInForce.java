package io.custos.tenants.settings;

import io.custos.identity.api.SecondFactorRules;
import io.custos.tenants.api.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The settings' {@code mfa} group as identity's access decision reads it. */
@ApplicationScoped
public class SecondFactorRulesInForce implements SecondFactorRules.Source {

    @Inject
    CurrentSettings settings;

    @Override
    public SecondFactorRules current() {
        return of(settings.current().mfa());
    }

    static SecondFactorRules of(TenantSettings.Mfa mfa) {
        return new SecondFactorRules(
                SecondFactorRules.Requirement.valueOf(mfa.policy().name()), mfa.freshnessMinutes());
    }
}
