package io.custos.platform.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A caller's reach as a JPQL condition on an entity of customers (any alias, with fields
 * regionId, storeId, teamId and ownerId): TENANT needs none; REGION, STORE and TEAM become IN
 * lists; OWN compares the owner. Records outside it are never loaded.
 */
public final class ReachClause {

    private ReachClause() {}

    /** The condition (empty when the reach is the whole tenant), its parameters added to {@code parameters}. */
    public static Optional<String> of(
            String alias, List<Gates.Reach> reach, String staffId, Map<String, Object> parameters) {
        if (reach.stream().anyMatch(r -> r.type().equals("TENANT"))) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        in(reach, "REGION", alias + ".regionId IN :reachRegions", "reachRegions", clauses, parameters);
        in(reach, "STORE", alias + ".storeId IN :reachStores", "reachStores", clauses, parameters);
        in(reach, "TEAM", alias + ".teamId IN :reachTeams", "reachTeams", clauses, parameters);
        if (reach.stream().anyMatch(r -> r.type().equals("OWN"))) {
            clauses.add(alias + ".ownerId = :reachOwner");
            parameters.put("reachOwner", staffId);
        }
        return Optional.of("(" + String.join(" OR ", clauses) + ")");
    }

    private static void in(
            List<Gates.Reach> reach,
            String type,
            String clause,
            String name,
            List<String> clauses,
            Map<String, Object> parameters) {
        List<String> ids = reach.stream()
                .filter(r -> r.type().equals(type))
                .map(Gates.Reach::id)
                .toList();
        if (!ids.isEmpty()) {
            clauses.add(clause);
            parameters.put(name, ids);
        }
    }
}
