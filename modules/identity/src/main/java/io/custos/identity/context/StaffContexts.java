package io.custos.identity.context;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.custos.identity.api.SecondFactorRules;
import io.custos.identity.breakglass.BreakGlasses;
import io.custos.identity.grant.Grant;
import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.grant.Grants;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.identity.team.Teams;
import io.custos.platform.access.TenantRules;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff contexts, built once per staff member and kept in memory across requests (#18). No request
 * is decided on a context older than the last committed change to it: each use compares the cached
 * context's versions with {@link ContextVersions} (one primary-key read, once per HTTP request) and
 * reloads on a difference, so a revocation holds on the next request on every instance. A context
 * is shared only once the transaction that loaded it has committed without changing any.
 */
@ApplicationScoped
public class StaffContexts {

    @Inject
    ContextVersions versions;

    @Inject
    StaffDirectory staff;

    @Inject
    Grants grants;

    @Inject
    Roles roles;

    @Inject
    Teams teams;

    @Inject
    BreakGlasses breakGlasses;

    @Inject
    SecondFactorRules.Source secondFactorRules;

    @Inject
    Clock clock;

    @Inject
    ContextsOfThisRequest thisRequest;

    @Inject
    TenantRules tenantRules;

    private final Cache<Key, StaffContext> cache;

    @Inject
    StaffContexts(@ConfigProperty(name = "custos.staff-contexts.max", defaultValue = "100000") long maximum) {
        cache = Caffeine.newBuilder()
                .maximumSize(maximum)
                .expireAfterAccess(Duration.ofHours(1))
                .build();
    }

    /** For CDI's proxy. */
    protected StaffContexts() {
        cache = null;
    }

    /** The grants in force now with their roles' permissions, from the staff member's current context. */
    @Transactional
    public List<GrantEvaluation.GrantFacts> grantsInForce(String staffId) {
        return of(staffId).inForceAt(clock.instant());
    }

    /** The tenant requires a second factor of this staff member and they have not enrolled one: they may only enrol. */
    @Transactional
    public boolean mustEnrolSecondFactor(String staffId) {
        return SecondFactorGate.mustEnrol(of(staffId), clock.instant());
    }

    /** The staff member's current context in the bound tenant ({@link StaffContext#active()} false if unknown). */
    @Transactional
    public StaffContext of(String staffId) {
        Key key = new Key(TenantScope.required().value(), staffId);
        Optional<StaffContext> checked = thisRequest.get(key);
        if (checked.isPresent()) {
            return checked.get();
        }
        return checkedAgainst(key, staffId, versions.read(staffId));
    }

    /**
     * Whether the caller's session goes on, read with their context's versions in one query; the
     * context so checked serves the rest of the request (#18, P2), and the tenant's version keys the
     * rules the request reads ({@link TenantRules}). False where that read found
     * nothing: the session ended, or the staff member has no counter yet; the caller then checks
     * the session alone.
     */
    @Transactional
    public boolean checkedInSession(String sessionId, String staffId) {
        Optional<ContextVersions.Versions> current = versions.readInSession(sessionId, staffId, clock.instant());
        current.ifPresent(v -> {
            checkedAgainst(new Key(TenantScope.required().value(), staffId), staffId, v);
            tenantRules.seen(TenantScope.required(), v.everyone());
        });
        return current.isPresent();
    }

    private StaffContext checkedAgainst(Key key, String staffId, ContextVersions.Versions current) {
        StaffContext cached = cache.getIfPresent(key);
        StaffContext context =
                cached != null && cached.versions().equals(current) ? cached : load(key, staffId, current);
        thisRequest.put(key, context);
        return context;
    }

    private StaffContext load(Key key, String staffId, ContextVersions.Versions current) {
        Optional<Staff> member = staff.find(staffId);
        StaffContext context = member.map(m -> {
                    List<Grant> held = grants.grantsNotEndedOf(staffId, clock.instant());
                    Map<String, Role> rolesById =
                            roles.byIds(held.stream().map(Grant::roleId).toList());
                    return new StaffContext(
                            staffId,
                            m.isActive(),
                            m.mfaEnabled(),
                            m.passwordChangeRequired(),
                            Optional.ofNullable(m.homeStoreId()),
                            held.stream()
                                    .map(g -> GrantDecisions.facts(g, Optional.ofNullable(rolesById.get(g.roleId()))))
                                    .toList(),
                            teams.teamsOf(staffId),
                            breakGlasses.openOf(staffId, clock.instant()),
                            secondFactorRules.current(),
                            current);
                })
                .orElseGet(() -> StaffContext.unknown(staffId, current));
        versions.afterCommitWithoutChanges(() -> cache.put(key, context));
        return context;
    }

    record Key(String tenantId, String staffId) {}
}
