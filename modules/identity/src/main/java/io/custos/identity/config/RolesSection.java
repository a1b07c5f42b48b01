package io.custos.identity.config;

import io.custos.identity.grant.Grants;
import io.custos.identity.role.NewRole;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code roles: [{name, permissions}]}: creates missing roles and brings tenant roles up to date. */
@ApplicationScoped
public class RolesSection implements TenantConfigSection {

    @Inject
    Roles roles;

    @Inject
    Grants grants;

    @Override
    public String key() {
        return "roles";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        List<Change> changes = new ArrayList<>();
        for (ConfigNode item : section.items()) {
            item.allowing("name", "permissions");
            NewRole wanted = new NewRole(item.text("name"), Set.copyOf(item.texts("permissions")));
            Optional<Role> existing = roles.byName(wanted.name());
            try {
                if (existing.isEmpty()) {
                    roles.create(caller, wanted);
                    changes.add(new Change(key(), "create", wanted.name()));
                } else if (!existing.get().permissions().equals(new java.util.TreeSet<>(wanted.permissions()))) {
                    Role role = existing.get();
                    roles.change(
                            caller,
                            role.id(),
                            "\"" + role.version() + "\"",
                            wanted,
                            grants.tenantWidePermissionsOf(caller.staffId()));
                    changes.add(new Change(key(), "update", wanted.name()));
                }
            } catch (InvalidInput invalid) {
                throw item.error(
                        invalid.errors().get(0).field(), invalid.errors().get(0).message());
            }
        }
        return changes;
    }
}
