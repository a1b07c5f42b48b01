package io.custos.tenants.settings;

import io.custos.identity.api.SsoRules;
import io.custos.platform.json.Json;
import io.custos.platform.security.Caller;
import io.custos.platform.versioning.Versioned;
import io.custos.tenants.api.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The settings' {@code sso} group as identity reads it at each password login and changes it for its policy view. */
@ApplicationScoped
public class SsoRulesInForce implements SsoRules.Store {

    @Inject
    CurrentSettings settings;

    @Inject
    SettingsUpdate update;

    @Override
    @Transactional
    public Versioned<SsoRules> current() {
        var now = settings.versioned();
        return new Versioned<>(rules(now.settings().sso()), now.version());
    }

    @Override
    @Transactional
    public Versioned<SsoRules> change(Caller caller, String ifMatch, SsoRules rules) {
        List<String> admins = List.copyOf(new LinkedHashSet<>(rules.emergencyAdmins()));
        var patch = Json.object(Map.of("sso", Map.of("required", rules.required(), "emergencyAdmins", admins)));
        var now = update.patch(caller, ifMatch, patch);
        return new Versioned<>(rules(now.settings().sso()), now.version());
    }

    private static SsoRules rules(TenantSettings.Sso sso) {
        return new SsoRules(sso.required(), sso.emergencyAdmins());
    }
}
