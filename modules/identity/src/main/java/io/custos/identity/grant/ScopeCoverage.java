package io.custos.identity.grant;

import io.custos.identity.team.Team;
import io.custos.identity.team.Teams;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one scope reaches everything another does: TENANT reaches all; REGION its stores and
 * their teams; STORE its teams; TEAM and OWN only themselves.
 */
@ApplicationScoped
public class ScopeCoverage {

    @Inject
    Teams teams;

    @Inject
    Instance<StoreDirectory> stores;

    public boolean covers(Scope holder, Scope target) {
        if (holder.type() == ScopeType.TENANT) {
            return true;
        }
        if (holder.equals(target)) {
            return true;
        }
        return switch (holder.type()) {
            case REGION ->
                switch (target.type()) {
                    case STORE ->
                        regionOfStore(target.id()).filter(holder.id()::equals).isPresent();
                    case TEAM ->
                        storeOfTeam(target.id())
                                .flatMap(this::regionOfStore)
                                .filter(holder.id()::equals)
                                .isPresent();
                    default -> false;
                };
            case STORE ->
                target.type() == ScopeType.TEAM
                        && storeOfTeam(target.id()).filter(holder.id()::equals).isPresent();
            default -> false;
        };
    }

    /** Whether the scope names something that exists in the bound tenant. */
    public boolean exists(Scope scope) {
        return switch (scope.type()) {
            case OWN, TENANT -> true;
            case TEAM -> scope.id() == null || teams.find(scope.id()).isPresent();
            case STORE -> directory().flatMap(d -> d.store(scope.id())).isPresent();
            case REGION -> directory().map(d -> d.regionExists(scope.id())).orElse(false);
        };
    }

    private Optional<String> storeOfTeam(String teamId) {
        if (teamId == null) {
            return Optional.empty(); // "the grantee's own teams": no one team, no one store
        }
        return teams.find(teamId).map(Team::storeId).filter(Objects::nonNull);
    }

    private Optional<String> regionOfStore(String storeId) {
        return directory().flatMap(d -> d.store(storeId)).map(StoreDirectory.StoreFacts::regionId);
    }

    private Optional<StoreDirectory> directory() {
        return stores.isResolvable() ? Optional.of(stores.get()) : Optional.empty();
    }
}
