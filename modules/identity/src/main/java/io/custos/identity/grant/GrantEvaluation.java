package io.custos.identity.grant;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.Gates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The grant part of the access decision as a pure function of loaded facts, so it can be
 * measured and tested without a database: the first grant in force whose role holds the action
 * and whose scope covers the customer.
 */
public final class GrantEvaluation {

    private GrantEvaluation() {}

    /** A grant with its role's permissions, as the decision needs it. */
    public record GrantFacts(
            String grantId,
            String roleName,
            ScopeType scopeType,
            String scopeId,
            Set<String> permissions,
            Instant validFrom,
            Instant validUntil,
            boolean revoked) {

        public boolean inForceAt(Instant now) {
            return !revoked && !now.isBefore(validFrom) && (validUntil == null || now.isBefore(validUntil));
        }
    }

    public static Optional<GrantFacts> firstCovering(
            List<GrantFacts> grants,
            String staffId,
            Set<String> staffTeams,
            String action,
            CustomerFacts customer,
            Instant now) {
        for (GrantFacts grant : grants) {
            if (grant.inForceAt(now)
                    && grant.permissions().contains(action)
                    && covers(grant, staffId, staffTeams, customer)) {
                return Optional.of(grant);
            }
        }
        return Optional.empty();
    }

    /**
     * Where {@code action} reaches through the grants in force at {@code now}: the same coverage as
     * {@link #firstCovering}, as scopes a list query can turn into SQL (platform's ReachClause). A TEAM
     * grant without a team stands for each of the staff member's teams.
     */
    public static List<Gates.Reach> reach(List<GrantFacts> grants, Set<String> staffTeams, String action, Instant now) {
        List<Gates.Reach> reach = new ArrayList<>();
        for (GrantFacts grant : grants) {
            if (!grant.inForceAt(now) || !grant.permissions().contains(action)) {
                continue;
            }
            if (grant.scopeType() == ScopeType.TEAM && grant.scopeId() == null) {
                staffTeams.forEach(team -> reach.add(new Gates.Reach("TEAM", team)));
            } else {
                reach.add(new Gates.Reach(grant.scopeType().name(), grant.scopeId()));
            }
        }
        return List.copyOf(reach);
    }

    static boolean covers(GrantFacts grant, String staffId, Set<String> staffTeams, CustomerFacts customer) {
        return switch (grant.scopeType()) {
            case TENANT -> true;
            case REGION -> grant.scopeId().equals(customer.regionId());
            case STORE -> grant.scopeId().equals(customer.storeId());
            case TEAM ->
                customer.teamId() != null
                        && (grant.scopeId() == null
                                ? staffTeams.contains(customer.teamId())
                                : grant.scopeId().equals(customer.teamId()));
            case OWN -> staffId.equals(customer.ownerId());
        };
    }
}
