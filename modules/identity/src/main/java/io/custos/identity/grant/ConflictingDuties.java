package io.custos.identity.grant;

import io.custos.identity.api.ConflictingPermissions;
import io.custos.platform.problem.Problem;
import io.custos.platform.problem.Unprocessable;

/** A grant or role change that would let one person hold both permissions of a conflicting pair. */
public class ConflictingDuties extends Unprocessable {
    private final ConflictingPermissions.Pair pair;

    ConflictingDuties(String staffId, ConflictingPermissions.Pair pair) {
        super(
                "conflicting-permissions",
                "separation of duties: nobody may hold both " + pair + ", and staff " + staffId + " would");
        this.pair = pair;
    }

    @Override
    public Problem problem() {
        return super.problem().with("permission", pair.first()).with("conflictingPermission", pair.second());
    }
}
