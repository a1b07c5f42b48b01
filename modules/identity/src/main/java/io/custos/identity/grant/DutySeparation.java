package io.custos.identity.grant;

import io.custos.identity.api.ConflictingPermissions;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenant's conflicting permission pairs applied to people: what a person holds is every
 * permission of their grants not revoked or ended (future ones too, whatever the scope), and no
 * grant or role change may make anyone hold both of a pair they did not hold both of already.
 */
@ApplicationScoped
public class DutySeparation {

    @Inject
    ConflictingPermissions.Source rules;

    @Inject
    Grants grants;

    @Inject
    Roles roles;

    @Inject
    Clock clock;

    /** Refuses (422) giving {@code staffId} the permissions {@code adding} where that completes a pair. */
    public void requireNoConflictAdding(String staffId, Set<String> adding) {
        ConflictingPermissions pairs = rules.current();
        if (pairs.pairs().isEmpty()) {
            return;
        }
        Set<String> before = permissionsOf(grantsOf(staffId), Map.of());
        Set<String> after = new HashSet<>(before);
        after.addAll(adding);
        refuseNew(staffId, pairs, before, after);
    }

    /** Refuses (422) changing role {@code roleId} to {@code permissions} where that completes a pair for a holder. */
    public void requireNoConflictChanging(String roleId, Set<String> permissions) {
        ConflictingPermissions pairs = rules.current();
        if (pairs.pairs().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<String> holders = grants.holdersOf(roleId, now);
        for (String holder : holders) {
            List<Grant> held = grants.grantsNotEndedOf(holder, now);
            refuseNew(holder, pairs, permissionsOf(held, Map.of()), permissionsOf(held, Map.of(roleId, permissions)));
        }
    }

    /** The pairs each of {@code staffIds} holds both of now. */
    public Map<String, List<ConflictingPermissions.Pair>> heldPairs(Collection<String> staffIds) {
        ConflictingPermissions pairs = rules.current();
        Map<String, List<ConflictingPermissions.Pair>> held = new LinkedHashMap<>();
        for (String staffId : staffIds) {
            held.put(
                    staffId,
                    pairs.pairs().isEmpty() ? List.of() : pairs.heldWithin(permissionsOf(grantsOf(staffId), Map.of())));
        }
        return held;
    }

    private List<Grant> grantsOf(String staffId) {
        return grants.grantsNotEndedOf(staffId, clock.instant());
    }

    /** The permissions of {@code held}, with a role's permissions as {@code changed} says where it does. */
    private Set<String> permissionsOf(List<Grant> held, Map<String, Set<String>> changed) {
        Map<String, Role> byId =
                roles.byIds(held.stream().map(Grant::roleId).distinct().toList());
        Set<String> permissions = new HashSet<>();
        for (Grant grant : held) {
            Set<String> ofRole = changed.get(grant.roleId());
            if (ofRole != null) {
                permissions.addAll(ofRole);
            } else if (byId.containsKey(grant.roleId())) {
                permissions.addAll(byId.get(grant.roleId()).permissions());
            }
        }
        return permissions;
    }

    private static void refuseNew(String staffId, ConflictingPermissions pairs, Set<String> before, Set<String> after) {
        for (ConflictingPermissions.Pair pair : pairs.heldWithin(after)) {
            if (!pair.heldWithin(before)) {
                throw new ConflictingDuties(staffId, pair);
            }
        }
    }
}
