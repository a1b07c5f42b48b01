package io.custos.identity.role;

import java.util.SortedSet;

/** A role as admins see it. */
public record RoleView(String id, String name, SortedSet<String> permissions, boolean builtIn) {

    public static RoleView of(Role role) {
        return new RoleView(role.id(), role.name(), role.permissions(), role.isBuiltIn());
    }
}
