package io.custos.identity.config;

import io.custos.identity.sso.SsoAdministration;
import io.custos.identity.sso.SsoPolicyView;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.security.Caller;
import io.custos.platform.versioning.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sso: {ssoOnly, emergencyAdmins: [usernames]}}: the SSO-only policy. Providers are added
 * through the API only: their client secret must not sit in a document that four eyes keeps as sent.
 */
@ApplicationScoped
public class SsoSection implements TenantConfigSection {

    @Inject
    SsoAdministration sso;

    @Inject
    StaffDirectory staff;

    @Override
    public String key() {
        return "sso";
    }

    /** After staff, whom the emergency admins name. */
    @Override
    public int order() {
        return 45;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        section.allowing("ssoOnly", "emergencyAdmins");
        boolean ssoOnly = section.field("ssoOnly")
                .map(node -> switch (node.text()) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw node.error("must be true or false");
                })
                .orElse(false);
        List<String> admins = new ArrayList<>();
        List<ConfigNode> named =
                section.field("emergencyAdmins").map(ConfigNode::items).orElse(List.of());
        for (ConfigNode username : named) {
            admins.add(staff.byUsername(username.text())
                    .filter(Staff::isActive)
                    .map(Staff::id)
                    .orElseThrow(() -> username.error("is no active staff member's username")));
        }
        SsoPolicyView wanted = new SsoPolicyView(ssoOnly, admins);
        Versioned<SsoPolicyView> current = sso.policy();
        if (current.view().ssoOnly() == ssoOnly
                && current.view().emergencyAdmins().equals(admins)) {
            return List.of();
        }
        sso.changePolicy(caller, "\"" + current.version() + "\"", wanted);
        return List.of(new Change(key(), "update", "policy"));
    }
}
