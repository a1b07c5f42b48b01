package io.custos.platform.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gates of the access decision as a list applies them in SQL: the grants' reach, residency
 * and training, per rule pack. An entity listed needs fields regionId, storeId, teamId, ownerId,
 * country and packCode.
 */
public record ListLimits(
        List<Gates.Reach> reach, Optional<String> basedIn, Set<String> closedAcrossBorders, Set<String> untrained) {

    public ListLimits {
        reach = List.copyOf(reach);
        closedAcrossBorders = Set.copyOf(closedAcrossBorders);
        untrained = Set.copyOf(untrained);
    }

    /** Whether the subject reaches no customer at all. */
    public boolean none() {
        return reach.isEmpty();
    }

    /** The JPQL condition on {@code alias} (empty when nothing limits), its parameters added. */
    public Optional<String> clause(String alias, String staffId, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        ReachClause.of(alias, reach, staffId, parameters).ifPresent(conditions::add);
        if (!closedAcrossBorders.isEmpty()) {
            parameters.put("closedPacks", List.copyOf(closedAcrossBorders));
            if (basedIn.isPresent()) {
                parameters.put("basedIn", basedIn.get());
                conditions.add("(" + alias + ".packCode NOT IN :closedPacks OR " + alias + ".country = :basedIn)");
            } else {
                conditions.add(alias + ".packCode NOT IN :closedPacks");
            }
        }
        if (!untrained.isEmpty()) {
            parameters.put("untrainedPacks", List.copyOf(untrained));
            conditions.add(alias + ".packCode NOT IN :untrainedPacks");
        }
        return conditions.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", conditions));
    }
}
