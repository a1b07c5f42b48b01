package io.custos.identity.api;

import io.custos.platform.security.Caller;
import io.custos.platform.versioning.Versioned;
import java.util.List;

/**
 * Whether the tenant's staff must sign in through single sign-on, and the emergency admins (staff
 * ids) who may still use their password. A tenant setting: kept by the module that keeps settings.
 */
public record SsoRules(boolean required, List<String> emergencyAdmins) {

    public SsoRules {
        emergencyAdmins = List.copyOf(emergencyAdmins);
    }

    public boolean allowsPasswordOf(String staffId) {
        return !required || emergencyAdmins.contains(staffId);
    }

    /**
     * The bound tenant's rules with the version of the settings that hold them; implemented by the
     * module that keeps tenant settings.
     */
    public interface Store {
        Versioned<SsoRules> current();

        /**
         * Replaces the rules at the settings version {@code ifMatch} names (428 without, 412 stale),
         * checked and audited as any change of the settings.
         */
        Versioned<SsoRules> change(Caller caller, String ifMatch, SsoRules rules);
    }
}
