package io.custos.identity.team;

import io.custos.identity.api.TeamCreated;
import io.custos.identity.api.TeamDeleted;
import io.custos.identity.api.TeamMembersReplaced;
import io.custos.identity.api.TeamRenamed;
import io.custos.identity.grant.ScopeType;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.references.Referrers;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.versioning.Versioned;
import io.custos.platform.versioning.Versions;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Teams of the bound tenant and their members. */
@ApplicationScoped
public class Teams {

    @Inject
    TenantData data;

    @Inject
    StaffDirectory staff;

    @Inject
    Instance<StoreDirectory> stores;

    @Inject
    Event<TeamCreated> created;

    @Inject
    Event<TeamMembersReplaced> membersReplaced;

    @Inject
    Event<TeamRenamed> renamed;

    @Inject
    Event<TeamDeleted> deleted;

    @Inject
    Instance<Referrers> referrers;

    @Inject
    Clock clock;

    public Optional<Team> find(String id) {
        return Optional.ofNullable(data.em().find(Team.class, id));
    }

    Team get(String id) {
        return find(id).orElseThrow(() -> new NotFound("team", id));
    }

    /** The teams a staff member belongs to. */
    public Set<String> teamsOf(String staffId) {
        return Set.copyOf(data.em()
                .createQuery("SELECT m.teamId FROM TeamMember m WHERE m.staffId = :staff", String.class)
                .setParameter("staff", staffId)
                .getResultList());
    }

    @Transactional
    public TeamView create(Caller caller, NewTeam request) {
        if (request.storeId() != null
                && storeDirectory().flatMap(d -> d.store(request.storeId())).isEmpty()) {
            throw new InvalidInput("storeId", "no such store");
        }
        Instant now = clock.instant();
        Team team = new Team(request.name(), request.storeId(), now);
        data.em().persist(team);
        created.fire(new TeamCreated(caller.tenantId(), caller.staffId(), team.id(), team.name(), team.storeId(), now));
        return view(team);
    }

    @Transactional
    public TeamView replaceMembers(Caller caller, String teamId, Members members) {
        Team team = get(teamId);
        List<String> wanted = List.copyOf(new LinkedHashSet<>(members.staffIds()));
        for (int i = 0; i < wanted.size(); i++) {
            if (staff.find(wanted.get(i)).isEmpty()) {
                throw new InvalidInput("staffIds[" + i + "]", "no such staff member");
            }
        }
        List<String> before = memberIds(teamId);
        data.em()
                .createQuery("DELETE FROM TeamMember m WHERE m.teamId = :team")
                .setParameter("team", teamId)
                .executeUpdate();
        wanted.forEach(id -> data.em().persist(new TeamMember(teamId, id)));
        team.membersChanged(clock.instant());
        membersReplaced.fire(
                new TeamMembersReplaced(caller.tenantId(), caller.staffId(), teamId, before, wanted, clock.instant()));
        return new TeamView(team.id(), team.name(), team.storeId(), wanted);
    }

    @Transactional
    public TeamView view(String id) {
        return view(get(id));
    }

    /** The team with its version, for an ETag. */
    @Transactional
    public Versioned<TeamView> versioned(String id) {
        Team team = get(id);
        return new Versioned<>(view(team), team.version());
    }

    /** Renames a team read at the version {@code ifMatch} names. */
    @Transactional
    public Versioned<TeamView> rename(Caller caller, String id, String ifMatch, TeamChange change) {
        Team team = get(id);
        Versions.requireMatch(ifMatch, team.version());
        rename(caller, team, change.name());
        data.em().flush(); // the new version, for the ETag
        return new Versioned<>(view(team), team.version());
    }

    /** Renames a team for a protocol that keeps its own versions (SCIM). */
    @Transactional
    public void rename(Caller caller, String id, TeamChange change) {
        rename(caller, get(id), change.name());
    }

    private void rename(Caller caller, Team team, String name) {
        String before = team.name();
        if (!before.equals(name)) {
            Instant now = clock.instant();
            team.rename(name, now);
            renamed.fire(new TeamRenamed(caller.tenantId(), caller.staffId(), team.id(), before, name, now));
        }
    }

    /**
     * Deletes a team nothing depends on any more: no grant reaching through it that is in force or
     * still to come, no customer it owns (409 {@code team-in-use} naming them). Its members stay staff.
     */
    @Transactional
    public void delete(Caller caller, String id) {
        Team team = get(id);
        List<String> holding = new ArrayList<>();
        long grants = data.em()
                .createQuery(
                        "SELECT COUNT(g) FROM Grant g WHERE g.scopeType = :team AND g.scopeId = :id"
                                + " AND g.revokedAt IS NULL AND (g.validUntil IS NULL OR g.validUntil > :now)",
                        Long.class)
                .setParameter("team", ScopeType.TEAM)
                .setParameter("id", id)
                .setParameter("now", clock.instant())
                .getSingleResult();
        if (grants > 0) {
            holding.add(grants + (grants == 1 ? " grant" : " grants"));
        }
        referrers.forEach(r -> r.holding("team", id).ifPresent(holding::add));
        if (!holding.isEmpty()) {
            throw new Conflict(
                    "team-in-use",
                    "team " + team.name() + " is still named by " + String.join(" and ", holding)
                            + "; revoke or move them first");
        }
        List<String> members = memberIds(id);
        data.em()
                .createQuery("DELETE FROM TeamMember m WHERE m.teamId = :team")
                .setParameter("team", id)
                .executeUpdate();
        data.em().remove(team);
        deleted.fire(new TeamDeleted(caller.tenantId(), caller.staffId(), id, team.name(), members, clock.instant()));
    }

    @Transactional
    public Page<TeamView> page(PageRequest request) {
        TypedQuery<Team> query = request.after() == null
                ? data.em().createQuery("SELECT t FROM Team t ORDER BY t.id", Team.class)
                : data.em()
                        .createQuery("SELECT t FROM Team t WHERE t.id > :after ORDER BY t.id", Team.class)
                        .setParameter("after", request.after());
        return Page.of(query.setMaxResults(request.probeSize()).getResultList(), request, Team::id, this::view);
    }

    private TeamView view(Team team) {
        return new TeamView(team.id(), team.name(), team.storeId(), memberIds(team.id()));
    }

    private List<String> memberIds(String teamId) {
        return data.em()
                .createQuery(
                        "SELECT m.staffId FROM TeamMember m WHERE m.teamId = :team ORDER BY m.staffId", String.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    private Optional<StoreDirectory> storeDirectory() {
        return stores.isResolvable() ? Optional.of(stores.get()) : Optional.empty();
    }
}
