package io.custos.identity.review;

import io.custos.identity.grant.Grant;
import io.custos.identity.grant.ScopeType;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who looks after a staff member: their manager, else an admin of the region of their home store
 * (a holder of staff.manage over that region). Access reviews route items by it; training digests
 * go to it.
 */
@ApplicationScoped
public class Overseers {

    /** What makes someone a region's admin. */
    static final String REGION_ADMIN_PERMISSION = "staff.manage";

    @Inject
    TenantData data;

    @Inject
    StaffDirectory staff;

    @Inject
    Roles roles;

    @Inject
    Instance<StoreDirectory> stores;

    @Inject
    Clock clock;

    /** The bound tenant's overseers as the grants in force make them now. */
    public Overseeing now() {
        Instant now = clock.instant();
        return among(data.em()
                .createQuery(
                        "SELECT g FROM Grant g WHERE g.scopeType = :region AND g.revokedAt IS NULL"
                                + " AND g.validFrom <= :now AND (g.validUntil IS NULL OR g.validUntil > :now)",
                        Grant.class)
                .setParameter("region", ScopeType.REGION)
                .setParameter("now", now)
                .getResultList());
    }

    /** The overseers among {@code inForce}, the grants in force a caller has already read. */
    public Overseeing among(List<Grant> inForce) {
        Map<String, Role> rolesById =
                roles.byIds(inForce.stream().map(Grant::roleId).distinct().toList());
        Map<String, List<String>> regionAdmins = new HashMap<>();
        for (Grant grant : inForce) {
            Role role = rolesById.get(grant.roleId());
            if (grant.scopeType() == ScopeType.REGION && role != null && role.holds(REGION_ADMIN_PERMISSION)) {
                regionAdmins
                        .computeIfAbsent(grant.scope().id(), r -> new ArrayList<>())
                        .add(grant.staffId());
            }
        }
        return new Overseeing(regionAdmins);
    }

    /** The region of a store, when the store exists. */
    Optional<String> regionOf(String storeId) {
        if (storeId == null || !stores.isResolvable()) {
            return Optional.empty();
        }
        return stores.get().store(storeId).map(StoreDirectory.StoreFacts::regionId);
    }

    /** Region admins by region, ready to answer for many staff. */
    public final class Overseeing {
        private final Map<String, List<String>> regionAdmins;

        private Overseeing(Map<String, List<String>> regionAdmins) {
            this.regionAdmins = regionAdmins;
        }

        /** The active manager, else the first active region admin of the home store's region; never the person. */
        public Optional<String> of(Staff person) {
            Optional<String> manager = Optional.ofNullable(person.managerId())
                    .flatMap(staff::find)
                    .filter(Staff::isActive)
                    .map(Staff::id);
            if (manager.isPresent()) {
                return manager;
            }
            return regionOf(person.homeStoreId())
                    .map(region -> regionAdmins.getOrDefault(region, List.of()))
                    .flatMap(admins -> admins.stream()
                            .filter(admin -> !admin.equals(person.id()))
                            .filter(admin ->
                                    staff.find(admin).filter(Staff::isActive).isPresent())
                            .findFirst());
        }
    }
}
