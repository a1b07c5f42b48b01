package io.custos.identity.grant;

import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.platform.security.Caller;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a caller holds an administrative permission (staff.manage, grant.manage, access-review.run)
 * now: the whole tenant, or some regions and stores. A region or store admin administers only staff
 * whose home store lies there; TEAM and OWN grants administer nobody.
 */
@ApplicationScoped
public class AdminReach {

    private static final String STAFF_MANAGE = "staff.manage";

    @Inject
    Grants grants;

    @Inject
    Roles roles;

    @Inject
    Instance<StoreDirectory> stores;

    @Inject
    Clock clock;

    public Reach of(Caller caller, String permission) {
        if (caller.isProvisioning()) {
            // A tenant's provisioning client manages its staff and nothing else.
            return STAFF_MANAGE.equals(permission) ? Reach.TENANT : Reach.NONE;
        }
        List<Grant> holding = grants.activeGrantsOf(caller.staffId(), clock.instant()).stream()
                .filter(g ->
                        roles.find(g.roleId()).map(r -> r.holds(permission)).orElse(false))
                .toList();
        if (holding.stream().anyMatch(g -> g.scopeType() == ScopeType.TENANT)) {
            return Reach.TENANT;
        }
        Set<String> regions = idsOf(holding, ScopeType.REGION);
        Set<String> storeIds = new HashSet<>(idsOf(holding, ScopeType.STORE));
        if (!regions.isEmpty() && stores.isResolvable()) {
            stores.get().stores().stream()
                    .filter(s -> regions.contains(s.regionId()))
                    .forEach(s -> storeIds.add(s.id()));
        }
        return new Reach(false, permission, regions, Set.copyOf(storeIds));
    }

    private static Set<String> idsOf(List<Grant> grants, ScopeType type) {
        return grants.stream()
                .filter(g -> g.scopeType() == type)
                .map(g -> g.scope().id())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The tenant, or the regions held and every store reached (those of the regions and those held). */
    public record Reach(boolean tenantWide, String permission, Set<String> regions, Set<String> stores) {

        static final Reach TENANT = new Reach(true, null, Set.of(), Set.of());
        static final Reach NONE = new Reach(false, null, Set.of(), Set.of());

        public boolean coversStore(String storeId) {
            return tenantWide || (storeId != null && stores.contains(storeId));
        }

        public boolean coversRegion(String regionId) {
            return tenantWide || (regionId != null && regions.contains(regionId));
        }

        /** Staff are administered where their home store lies; one without a home store only tenant-wide. */
        public boolean covers(Staff member) {
            return coversStore(member.homeStoreId());
        }

        /** Refuses placing staff at a store outside the reach (a new member, or a move). */
        public void requireStore(String storeId) {
            if (!coversStore(storeId)) {
                throw SeparationOfDuties.outsideReach(permission, storeId);
            }
        }
    }
}
