package io.custos.identity.grant;

import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.platform.access.CustomerFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A staff member's grants arranged once for deciding (#18, P1): per permission, the grants holding
 * it by what their scope names (the tenant, a region, a store, a team, the staff member's own
 * customers). A decision then looks up the customer's region, store, team and owner instead of
 * scanning every grant, and answers exactly what {@link GrantEvaluation#firstCovering} answers: the
 * earliest grant of the list that is in force and covers the customer (GrantIndexTest compares the
 * two on random grants). Validity is still checked at the moment of deciding, so a grant that starts
 * at 10:00 holds from 10:00 without building the index again.
 */
public final class GrantIndex {

    private static final GrantIndex EMPTY = new GrantIndex(Map.of());

    /** A grant with its place in the staff member's list, which decides between two that cover. */
    private record Ranked(int rank, GrantFacts grant) {}

    /** The grants holding one permission, by scope; each list in the order of the staff member's grants. */
    private record Holders(
            List<Ranked> tenant,
            Map<String, List<Ranked>> byRegion,
            Map<String, List<Ranked>> byStore,
            Map<String, List<Ranked>> byTeam,
            List<Ranked> own) {

        static Holders empty() {
            return new Holders(new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>());
        }
    }

    private final Map<String, Holders> byPermission;

    private GrantIndex(Map<String, Holders> byPermission) {
        this.byPermission = byPermission;
    }

    public static GrantIndex empty() {
        return EMPTY;
    }

    /** A TEAM grant without a team stands for each of {@code staffTeams}, as in the evaluation. */
    public static GrantIndex of(List<GrantFacts> grants, Set<String> staffTeams) {
        Map<String, Holders> byPermission = new HashMap<>();
        for (int rank = 0; rank < grants.size(); rank++) {
            GrantFacts grant = grants.get(rank);
            if (grant.revoked()) {
                continue;
            }
            Ranked ranked = new Ranked(rank, grant);
            for (String permission : grant.permissions()) {
                place(byPermission.computeIfAbsent(permission, p -> Holders.empty()), ranked, staffTeams);
            }
        }
        return new GrantIndex(Map.copyOf(byPermission));
    }

    private static void place(Holders holders, Ranked ranked, Set<String> staffTeams) {
        GrantFacts grant = ranked.grant();
        switch (grant.scopeType()) {
            case TENANT -> holders.tenant().add(ranked);
            case REGION -> add(holders.byRegion(), grant.scopeId(), ranked);
            case STORE -> add(holders.byStore(), grant.scopeId(), ranked);
            case TEAM -> {
                if (grant.scopeId() == null) {
                    staffTeams.forEach(team -> add(holders.byTeam(), team, ranked));
                } else {
                    add(holders.byTeam(), grant.scopeId(), ranked);
                }
            }
            case OWN -> holders.own().add(ranked);
        }
    }

    private static void add(Map<String, List<Ranked>> byId, String id, Ranked ranked) {
        if (id != null) {
            byId.computeIfAbsent(id, i -> new ArrayList<>()).add(ranked);
        }
    }

    /** The earliest grant in force at {@code now} holding {@code action} whose scope covers the customer. */
    public Optional<GrantFacts> firstCovering(String staffId, String action, CustomerFacts customer, Instant now) {
        Holders holders = byPermission.get(action);
        if (holders == null) {
            return Optional.empty();
        }
        Ranked first = earliestInForce(null, holders.tenant(), now);
        first = earliestInForce(first, at(holders.byRegion(), customer.regionId()), now);
        first = earliestInForce(first, at(holders.byStore(), customer.storeId()), now);
        first = earliestInForce(first, at(holders.byTeam(), customer.teamId()), now);
        if (staffId.equals(customer.ownerId())) {
            first = earliestInForce(first, holders.own(), now);
        }
        return first == null ? Optional.empty() : Optional.of(first.grant());
    }

    private static List<Ranked> at(Map<String, List<Ranked>> byId, String id) {
        return id == null ? null : byId.get(id);
    }

    private static Ranked earliestInForce(Ranked sofar, List<Ranked> candidates, Instant now) {
        if (candidates == null) {
            return sofar;
        }
        for (Ranked candidate : candidates) {
            if (sofar != null && candidate.rank() > sofar.rank()) {
                return sofar;
            }
            if (candidate.grant().inForceAt(now)) {
                return candidate;
            }
        }
        return sofar;
    }
}
