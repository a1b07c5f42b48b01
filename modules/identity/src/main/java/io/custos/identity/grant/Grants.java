package io.custos.identity.grant;

import io.custos.identity.api.GrantGiven;
import io.custos.identity.api.GrantRevoked;
import io.custos.identity.role.Permission;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.approval.FourEyes;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives and ends grants under separation of duties: nobody grants to themselves, nobody grants a
 * permission they do not hold over the scope, and the last active tenant admin stays.
 */
@ApplicationScoped
public class Grants {

    /** A client's "now" may trail the server's by this much; an earlier start is a backdated grant. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Instant OPEN_ENDED = Instant.MAX;

    private static final String MANAGE = "grant.manage";

    /** The four-eyes action a tenant may hold: a sensitive permission given over the whole tenant. */
    static final String SENSITIVE_TENANT_WIDE = "GRANT_SENSITIVE_TENANT_WIDE";

    @Inject
    TenantData data;

    @Inject
    StaffDirectory staff;

    @Inject
    Roles roles;

    @Inject
    ScopeCoverage coverage;

    @Inject
    TenantAdmins tenantAdmins;

    @Inject
    AdminReach reach;

    @Inject
    DutySeparation duties;

    @Inject
    FourEyes fourEyes;

    @Inject
    Event<GrantGiven> given;

    @Inject
    Event<GrantRevoked> revoked;

    @Inject
    Clock clock;

    public Grant grantTenantAdminAtOnboarding(String staffId, String roleId, Instant now) {
        Grant grant = Grant.tenantWideAtOnboarding(staffId, roleId, now);
        data.em().persist(grant);
        return grant;
    }

    @Transactional
    public GrantView give(Caller caller, NewGrant request) {
        Instant now = clock.instant();
        AdminReach.Reach granting = reach.of(caller, MANAGE);
        // staff outside the caller's reach are as unknown to them as another tenant's
        Staff grantee = staff.find(request.staffId())
                .filter(granting::covers)
                .orElseThrow(() -> new InvalidInput("staffId", "no such staff member"));
        Role role = roles.find(request.roleId()).orElseThrow(() -> new InvalidInput("roleId", "no such role"));
        Scope scope = request.scope().validated("scope");
        if (!coverage.exists(scope)) {
            throw new InvalidInput("scope.id", "no such " + scope.type().name().toLowerCase() + " in this tenant");
        }
        if (request.validFrom() != null && request.validFrom().isBefore(now.minus(CLOCK_SKEW))) {
            throw new InvalidInput("validFrom", "must not lie in the past: a grant starts now or later");
        }
        if (request.validUntil() != null) {
            Instant from = request.validFrom() == null ? now : request.validFrom();
            if (!request.validUntil().isAfter(from)) {
                throw new InvalidInput("validUntil", "must be after validFrom");
            }
        }
        if (!grantee.isActive()) {
            throw new Conflict("staff-inactive", "staff " + grantee.id() + " is " + grantee.status());
        }
        if (grantee.id().equals(caller.staffId())) {
            throw SeparationOfDuties.selfGrant();
        }
        List<Grant> callersGrants = activeGrantsOf(caller.staffId(), now);
        Instant ends = request.validUntil() == null ? OPEN_ENDED : request.validUntil();
        List<Scope> targets = targets(scope, grantee);
        for (String permission : role.permissions()) {
            Instant held = heldUntil(callersGrants, permission, targets)
                    .orElseThrow(() -> SeparationOfDuties.escalation(permission, scope));
            if (held.isBefore(ends)) {
                throw SeparationOfDuties.outliving(permission, scope, held);
            }
        }
        duties.requireNoConflictAdding(grantee.id(), role.permissions());
        if (sensitiveTenantWide(role, scope.type())) {
            fourEyes.requireApproval(caller, SENSITIVE_TENANT_WIDE, request, request.reason());
        }
        Grant grant = new Grant(
                grantee.id(),
                role.id(),
                scope.type(),
                scope.id(),
                request.validFrom(),
                request.validUntil(),
                request.reason(),
                caller.staffId(),
                now);
        data.em().persist(grant);
        given.fire(new GrantGiven(
                caller.tenantId(),
                caller.staffId(),
                grant.id(),
                grantee.id(),
                role.id(),
                scope.toString(),
                grant.validFrom(),
                grant.validUntil(),
                grant.reason(),
                now));
        return GrantView.of(grant, now);
    }

    /** Whether the tenant would hold this grant for a second admin's approval rather than give it now. */
    boolean heldForApproval(NewGrant request) {
        return request.scope() != null
                && request.scope().type() == ScopeType.TENANT
                && roles.find(request.roleId())
                        .map(role -> sensitiveTenantWide(role, ScopeType.TENANT))
                        .orElse(false)
                && fourEyes.wouldHold(SENSITIVE_TENANT_WIDE);
    }

    /** The four-eyes action {@link #SENSITIVE_TENANT_WIDE}: a sensitive permission given over the whole tenant. */
    private static boolean sensitiveTenantWide(Role role, ScopeType scope) {
        return scope == ScopeType.TENANT
                && role.permissions().stream().anyMatch(p -> Permission.byCode(p)
                        .map(Permission::isSensitive)
                        .orElse(true));
    }

    @Transactional
    public GrantView revoke(Caller caller, String grantId, String reason) {
        Instant now = clock.instant();
        Grant grant = get(grantId, reach.of(caller, MANAGE));
        List<Scope> targets = targets(grant.scope(), staff.get(grant.staffId()));
        if (heldUntil(activeGrantsOf(caller.staffId(), now), MANAGE, targets).isEmpty()) {
            throw SeparationOfDuties.escalation(MANAGE, grant.scope());
        }
        tenantAdmins.ensureAnotherRemainsWithout(grant);
        grant.revoke(caller.staffId(), reason, now);
        revoked.fire(new GrantRevoked(caller.tenantId(), caller.staffId(), grant.id(), grant.staffId(), reason, now));
        return GrantView.of(grant, now);
    }

    /**
     * Revokes a grant on an access review's decision: the reviewer's access-review.run stands in
     * for grant.manage, the last-admin rule still holds. Answers false if it had ended already.
     */
    public boolean revokeOnReview(Caller reviewer, String grantId, String reason) {
        Instant now = clock.instant();
        Grant grant = get(grantId);
        if (grant.revokedAt() != null) {
            return false;
        }
        tenantAdmins.ensureAnotherRemainsWithout(grant);
        grant.revoke(reviewer.staffId(), reason, now);
        revoked.fire(
                new GrantRevoked(reviewer.tenantId(), reviewer.staffId(), grant.id(), grant.staffId(), reason, now));
        return true;
    }

    /** Revokes every grant a leaving staff member still has; answers how many. */
    public int revokeAllOf(Caller caller, String staffId, String reason) {
        Instant now = clock.instant();
        List<Grant> open = data.em()
                .createQuery("SELECT g FROM Grant g WHERE g.staffId = :staff AND g.revokedAt IS NULL", Grant.class)
                .setParameter("staff", staffId)
                .getResultList();
        for (Grant grant : open) {
            grant.revoke(caller.staffId(), reason, now);
            revoked.fire(new GrantRevoked(caller.tenantId(), caller.staffId(), grant.id(), staffId, reason, now));
        }
        return open.size();
    }

    /** A grant of someone within the caller's grant.manage reach; 404 for anyone else's. */
    @Transactional
    public GrantView view(Caller caller, String id) {
        return GrantView.of(get(id, reach.of(caller, MANAGE)), clock.instant());
    }

    /**
     * A page of grants in id order, optionally of one staff member and in one status now; a region
     * or store admin sees only the grants of staff whose home store lies within their reach.
     */
    @Transactional
    public Page<GrantView> page(Caller caller, String staffId, GrantStatus status, PageRequest request) {
        Instant now = clock.instant();
        AdminReach.Reach seeing = reach.of(caller, MANAGE);
        if (!seeing.tenantWide() && seeing.stores().isEmpty()) {
            return Page.of(List.<Grant>of(), request, Grant::id, g -> GrantView.of(g, now));
        }
        StringBuilder jpql = new StringBuilder("SELECT g FROM Grant g WHERE 1 = 1");
        if (!seeing.tenantWide()) {
            jpql.append(" AND g.staffId IN (SELECT s.id FROM Staff s WHERE s.homeStoreId IN :stores)");
        }
        if (staffId != null) {
            jpql.append(" AND g.staffId = :staff");
        }
        if (status != null) {
            jpql.append(
                    switch (status) {
                        case REVOKED -> " AND g.revokedAt IS NOT NULL";
                        case PENDING -> " AND g.revokedAt IS NULL AND g.validFrom > :now";
                        case EXPIRED -> " AND g.revokedAt IS NULL AND g.validUntil <= :now";
                        case ACTIVE ->
                            " AND g.revokedAt IS NULL AND g.validFrom <= :now"
                                    + " AND (g.validUntil IS NULL OR g.validUntil > :now)";
                    });
        }
        if (request.after() != null) {
            jpql.append(" AND g.id > :after");
        }
        TypedQuery<Grant> query =
                data.em().createQuery(jpql.append(" ORDER BY g.id").toString(), Grant.class);
        if (staffId != null) {
            query.setParameter("staff", staffId);
        }
        if (!seeing.tenantWide()) {
            query.setParameter("stores", seeing.stores());
        }
        if (status != null && status != GrantStatus.REVOKED) {
            query.setParameter("now", now);
        }
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                Grant::id,
                g -> GrantView.of(g, now));
    }

    /** The permissions a staff member holds over the whole tenant now. */
    @Transactional
    public Set<String> tenantWidePermissionsOf(String staffId) {
        List<String> roleIds = activeGrantsOf(staffId, clock.instant()).stream()
                .filter(g -> g.scopeType() == ScopeType.TENANT)
                .map(Grant::roleId)
                .toList();
        return roles.byIds(roleIds).values().stream()
                .flatMap(r -> r.permissions().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Who holds a grant of the role not revoked or ended at {@code now}, future ones included. */
    public List<String> holdersOf(String roleId, Instant now) {
        return data.em()
                .createQuery(
                        "SELECT DISTINCT g.staffId FROM Grant g WHERE g.roleId = :role AND g.revokedAt IS NULL"
                                + " AND (g.validUntil IS NULL OR g.validUntil > :now)",
                        String.class)
                .setParameter("role", roleId)
                .setParameter("now", now)
                .getResultList();
    }

    /** The grants in force for a staff member now. */
    public List<Grant> activeGrantsOf(String staffId, Instant now) {
        return grantsNotEndedOf(staffId, now).stream()
                .filter(g -> !g.validFrom().isAfter(now))
                .toList();
    }

    /** The staff member's grants not revoked and not ended at {@code now}, future ones included. */
    public List<Grant> grantsNotEndedOf(String staffId, Instant now) {
        return data.em()
                .createQuery(
                        "SELECT g FROM Grant g WHERE g.staffId = :staff AND g.revokedAt IS NULL"
                                + " AND (g.validUntil IS NULL OR g.validUntil > :now)",
                        Grant.class)
                .setParameter("staff", staffId)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Until when one of {@code grants} (all in force now) holds {@code permission} over one of
     * {@code targets}: the latest end among them, {@link #OPEN_ENDED} for an open-ended one; empty
     * when none does.
     */
    private Optional<Instant> heldUntil(List<Grant> grants, String permission, List<Scope> targets) {
        return grants.stream()
                .filter(g -> targets.stream().anyMatch(target -> coverage.covers(g.scope(), target))
                        && roles.find(g.roleId()).map(r -> r.holds(permission)).orElse(false))
                .map(g -> g.validUntil() == null ? OPEN_ENDED : g.validUntil())
                .max(Comparator.naturalOrder());
    }

    /**
     * What holding a permission over {@code scope} for {@code grantee} takes: the scope itself, and
     * for scopes relative to the grantee (OWN, their own teams) also their home store, so that a
     * store or region admin may give them there.
     */
    private static List<Scope> targets(Scope scope, Staff grantee) {
        boolean relative = scope.type() == ScopeType.OWN || (scope.type() == ScopeType.TEAM && scope.id() == null);
        if (relative && grantee.homeStoreId() != null) {
            return List.of(scope, new Scope(ScopeType.STORE, grantee.homeStoreId()));
        }
        return List.of(scope);
    }

    private Grant get(String id) {
        Grant grant = data.em().find(Grant.class, id);
        if (grant == null) {
            throw new NotFound("grant", id);
        }
        return grant;
    }

    /** A grant whose holder lies within {@code reach}; 404 for any other, like another tenant's. */
    private Grant get(String id, AdminReach.Reach reach) {
        Grant grant = get(id);
        if (!reach.tenantWide()
                && !staff.find(grant.staffId()).filter(reach::covers).isPresent()) {
            throw new NotFound("grant", id);
        }
        return grant;
    }
}
