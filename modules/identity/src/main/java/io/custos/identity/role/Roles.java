package io.custos.identity.role;

import io.custos.identity.api.RoleChanged;
import io.custos.identity.api.RoleCreated;
import io.custos.identity.grant.DutySeparation;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.versioning.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The bound tenant's roles: built-in templates and the tenant's own permission sets. */
@ApplicationScoped
public class Roles {

    @Inject
    DutySeparation duties;

    @Inject
    TenantData data;

    @Inject
    Event<RoleCreated> created;

    @Inject
    Event<RoleChanged> changed;

    @Inject
    Clock clock;

    public Optional<Role> find(String id) {
        return Optional.ofNullable(data.em().find(Role.class, id));
    }

    /** The roles with these ids, in one query (grant checks load all of a staff member's at once). */
    public Map<String, Role> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return data.em()
                .createQuery("SELECT r FROM Role r WHERE r.id IN :ids", Role.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(Role::id, r -> r));
    }

    public Optional<Role> byName(String name) {
        return data.em()
                .createQuery("SELECT r FROM Role r WHERE r.name = :name", Role.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public RoleView create(Caller caller, NewRole request) {
        Set<Permission> permissions = permissions(request.permissions());
        if (byName(request.name()).isPresent()) {
            throw duplicate(request.name());
        }
        Instant now = clock.instant();
        Role role = new Role(request.name(), permissions, false, now);
        data.em().persist(role);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_identity_role_name")) {
                throw duplicate(request.name());
            }
            throw e;
        }
        created.fire(
                new RoleCreated(caller.tenantId(), caller.staffId(), role.id(), role.name(), role.permissions(), now));
        return RoleView.of(role);
    }

    /**
     * Replaces a tenant role's name and permissions. Adding a permission widens every grant of the
     * role, so the caller must hold each added permission over the whole tenant (no escalation).
     */
    @Transactional
    public Role change(Caller caller, String id, String ifMatch, NewRole request, Set<String> callersTenantWide) {
        Role role = get(id);
        Versions.requireMatch(ifMatch, role.version());
        Set<Permission> permissions = permissions(request.permissions());
        for (Permission added : permissions) {
            if (!role.holds(added.code()) && !callersTenantWide.contains(added.code())) {
                throw new Forbidden(
                        "grant", "you do not hold " + added.code() + " over the whole tenant, so you cannot add it");
            }
        }
        Optional<Role> sameName = byName(request.name());
        if (sameName.isPresent() && !sameName.get().id().equals(id)) {
            throw duplicate(request.name());
        }
        duties.requireNoConflictChanging(
                id, permissions.stream().map(Permission::code).collect(Collectors.toUnmodifiableSet()));
        String nameBefore = role.name();
        Set<String> before = Set.copyOf(role.permissions());
        role.change(request.name(), permissions);
        data.em().flush();
        changed.fire(new RoleChanged(
                caller.tenantId(),
                caller.staffId(),
                id,
                nameBefore,
                role.name(),
                before,
                Set.copyOf(role.permissions()),
                clock.instant()));
        return role;
    }

    @Transactional
    public Role get(String id) {
        return find(id).orElseThrow(() -> new NotFound("role", id));
    }

    @Transactional
    public Page<RoleView> page(PageRequest request) {
        TypedQuery<Role> query = request.after() == null
                ? data.em().createQuery("SELECT r FROM Role r ORDER BY r.id", Role.class)
                : data.em()
                        .createQuery("SELECT r FROM Role r WHERE r.id > :after ORDER BY r.id", Role.class)
                        .setParameter("after", request.after());
        return Page.of(query.setMaxResults(request.probeSize()).getResultList(), request, Role::id, RoleView::of);
    }

    private static Set<Permission> permissions(Set<String> codes) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String code : codes) {
            permissions.add(Permission.byCode(code)
                    .orElseThrow(() -> new InvalidInput("permissions", "unknown permission: " + code)));
        }
        return permissions;
    }

    private static Conflict duplicate(String name) {
        return new Conflict("role-exists", "a role named '" + name + "' exists already");
    }
}
