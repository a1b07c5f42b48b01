package io.custos.identity.context;

import io.custos.identity.api.SecondFactorRules;
import io.custos.identity.breakglass.BreakGlass;
import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.grant.GrantIndex;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the access decision needs to know of a staff member, loaded at once and kept between
 * requests: their account's state (active, second factor, a temporary password to replace), every grant not revoked or ended when it was loaded (future ones
 * too, so a grant starting at 10:00 holds from 10:00 without a change) with its role's permissions,
 * their teams, and their break-glass uses still open. Decisions evaluate it at the moment they decide.
 */
record StaffContext(
        String staffId,
        boolean active,
        boolean mfaEnabled,
        boolean passwordChangeRequired,
        Optional<String> homeStoreId,
        List<GrantEvaluation.GrantFacts> grants,
        Set<String> teams,
        List<BreakGlass.Cover> breakGlass,
        SecondFactorRules secondFactorRules,
        ContextVersions.Versions versions,
        GrantIndex grantIndex) {

    /** A context whose grants are indexed for deciding as it is built, once per load. */
    StaffContext(
            String staffId,
            boolean active,
            boolean mfaEnabled,
            boolean passwordChangeRequired,
            Optional<String> homeStoreId,
            List<GrantEvaluation.GrantFacts> grants,
            Set<String> teams,
            List<BreakGlass.Cover> breakGlass,
            SecondFactorRules secondFactorRules,
            ContextVersions.Versions versions) {
        this(
                staffId,
                active,
                mfaEnabled,
                passwordChangeRequired,
                homeStoreId,
                grants,
                teams,
                breakGlass,
                secondFactorRules,
                versions,
                GrantIndex.of(grants, teams));
    }

    static StaffContext unknown(String staffId, ContextVersions.Versions versions) {
        return new StaffContext(
                staffId,
                false,
                false,
                false,
                Optional.empty(),
                List.of(),
                Set.of(),
                List.of(),
                SecondFactorRules.NONE,
                versions);
    }

    List<GrantEvaluation.GrantFacts> inForceAt(Instant now) {
        return grants.stream().filter(g -> g.inForceAt(now)).toList();
    }
}
