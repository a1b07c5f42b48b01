package io.custos.identity.grant;

import io.custos.platform.problem.InvalidInput;
import jakarta.validation.constraints.NotNull;

/**
 * How far a grant reaches: {@code {type: STORE, id}}. OWN and TENANT carry no id; TEAM without an
 * id means the grantee's own teams, with one a named team.
 */
public record Scope(@NotNull ScopeType type, String id) {

    public static final Scope TENANT = new Scope(ScopeType.TENANT, null);

    /** Refuses an id where none belongs and a missing one where it is needed. */
    Scope validated(String field) {
        boolean needsId = type == ScopeType.STORE || type == ScopeType.REGION;
        boolean mayHaveId = needsId || type == ScopeType.TEAM;
        if (needsId && (id == null || id.isBlank())) {
            throw new InvalidInput(field + ".id", "is required for a " + type + " scope");
        }
        if (!mayHaveId && id != null) {
            throw new InvalidInput(field + ".id", "must be absent for a " + type + " scope");
        }
        return this;
    }

    @Override
    public String toString() {
        return id == null ? type.name() : type + ":" + id;
    }
}
