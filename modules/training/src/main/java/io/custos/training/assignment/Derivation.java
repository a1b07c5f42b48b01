package io.custos.training.assignment;

import io.custos.identity.api.GrantGiven;
import io.custos.identity.api.GrantRevoked;
import io.custos.identity.api.People;
import io.custos.identity.api.StaffContacts;
import io.custos.identity.api.StaffOffboarded;
import io.custos.identity.api.StaffSuspended;
import io.custos.identity.api.StaffUpdated;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.Subject;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.regions.api.RulePacks;
import io.custos.regions.api.StoreCreated;
import io.custos.regions.api.StoreDirectory;
import io.custos.training.acknowledgment.Acknowledgments;
import io.custos.training.acknowledgment.Standing;
import io.custos.training.api.AssignmentsDerived;
import io.custos.training.api.CourseChanged;
import io.custos.training.api.CourseCreated;
import io.custos.training.api.CourseVersionPublished;
import io.custos.training.course.Course;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps derived assignments equal to what grants and courses require: a staff member is assigned a
 * course when a grant holding one of its permissions reaches a jurisdiction the course covers.
 * Observes the events that change either side inside their transaction, so the assignments commit
 * (and are audited) with the change that caused them.
 */
@ApplicationScoped
public class Derivation {

    /** Who derives assignments when no person's change caused it, on the trail. */
    public static final String SYSTEM = "system";

    @Inject
    TenantData data;

    @Inject
    Courses courses;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    AccessDecisions decisions;

    @Inject
    StoreDirectory stores;

    @Inject
    People people;

    @Inject
    TenantDirectory tenants;

    @Inject
    RulePacks rulePacks;

    @Inject
    StaffContacts contacts;

    @Inject
    AssignmentHistory history;

    @Inject
    Event<AssignmentsDerived> derived;

    @Inject
    Clock clock;

    void grantGiven(@Observes GrantGiven event) {
        forStaff(event.tenantId(), event.staffId(), event.actorId(), "grant " + event.targetId() + " given");
    }

    void grantRevoked(@Observes GrantRevoked event) {
        forStaff(event.tenantId(), event.staffId(), event.actorId(), "grant " + event.targetId() + " revoked");
    }

    /** A new home store may change what is required; the periods still open move with the staff member. */
    void staffUpdated(@Observes StaffUpdated event) {
        forStaff(event.tenantId(), event.targetId(), event.actorId(), "staff updated");
        TenantScope.run(event.tenantId(), () -> history.followHome(event.targetId(), clock.instant()));
    }

    void staffSuspended(@Observes StaffSuspended event) {
        forStaff(event.tenantId(), event.targetId(), event.actorId(), "staff suspended");
    }

    /** An offboarded staff member owes no training: manual assignments go with the derived ones. */
    void staffOffboarded(@Observes StaffOffboarded event) {
        TenantScope.run(event.tenantId(), () -> {
            List<Assignment> open = data.em()
                    .createQuery("SELECT a FROM Assignment a WHERE a.staffId = :staff", Assignment.class)
                    .setParameter("staff", event.targetId())
                    .getResultList();
            if (open.isEmpty()) {
                return;
            }
            Map<String, String> codes = codesById(courses.all());
            Instant now = clock.instant();
            open.forEach(a -> {
                history.ended(a, now);
                data.em().remove(a);
            });
            derived.fire(new AssignmentsDerived(
                    event.tenantId(),
                    event.actorId(),
                    event.targetId(),
                    List.of(),
                    open.stream()
                            .map(a -> codes.get(a.courseId()))
                            .distinct()
                            .sorted()
                            .toList(),
                    "staff offboarded",
                    now));
        });
    }

    void courseCreated(@Observes CourseCreated event) {
        forEveryone(event.tenantId(), event.actorId(), "course " + event.code() + " created");
    }

    void courseChanged(@Observes CourseChanged event) {
        if (event.changesWhoIsAssigned()) {
            forEveryone(event.tenantId(), event.actorId(), "course " + event.code() + " changed");
        }
    }

    void storeCreated(@Observes StoreCreated event) {
        forEveryone(event.tenantId(), event.actorId(), "store " + event.code() + " created");
    }

    /**
     * A version that requires everyone to acknowledge again makes the course due once more for
     * those who were current: they get the grace period from now.
     */
    void versionPublished(@Observes CourseVersionPublished event) {
        if (!event.requiresReacknowledgment()) {
            return;
        }
        TenantScope.run(event.tenantId(), () -> {
            Course course = courses.get(event.code());
            Instant now = clock.instant();
            Map<String, Map<String, Standing>> before = acknowledgments.standingsOfEveryone(List.of(course));
            data.em()
                    .createQuery("SELECT a FROM Assignment a WHERE a.courseId = :course", Assignment.class)
                    .setParameter("course", course.id())
                    .getResultStream()
                    .filter(a -> heldAnUnexpiredAcknowledgment(before, a, now))
                    .forEach(a -> {
                        if (a.renewDue(now)) {
                            history.renewed(a, now);
                        }
                    });
        });
    }

    private static boolean heldAnUnexpiredAcknowledgment(
            Map<String, Map<String, Standing>> standings, Assignment assignment, Instant now) {
        Standing standing =
                standings.getOrDefault(assignment.staffId(), Map.of()).get(assignment.courseId());
        return standing != null
                && standing.expiresAt() != null
                && standing.expiresAt().isAfter(now);
    }

    /**
     * Derives the bound tenant's assignments again for staff whose grants started or ended after
     * {@code after} up to {@code until}: changes no event tells of.
     */
    @jakarta.transaction.Transactional
    public void sweep(TenantId tenant, Instant after, Instant until) {
        List<Course> all = courses.all();
        if (all.isEmpty()) {
            return;
        }
        Set<String> staffIds = contacts.staffWithGrantBoundaryIn(after, until);
        Places places = places(tenant);
        staffIds.stream()
                .filter(people::isActiveStaff)
                .forEach(staffId -> derive(tenant, staffId, all, places, SYSTEM, "a grant started or ended"));
    }

    private void forStaff(TenantId tenant, String staffId, String actorId, String cause) {
        TenantScope.run(tenant, () -> {
            List<Course> all = courses.all();
            if (!all.isEmpty()) {
                derive(tenant, staffId, all, places(tenant), actorId, cause);
            }
        });
    }

    private void forEveryone(TenantId tenant, String actorId, String cause) {
        TenantScope.run(tenant, () -> {
            List<Course> all = courses.all();
            if (all.isEmpty()) {
                return;
            }
            Places places = places(tenant);
            people.activeStaffIds().forEach(staffId -> derive(tenant, staffId, all, places, actorId, cause));
        });
    }

    private void derive(
            TenantId tenant, String staffId, List<Course> all, Places places, String actorId, String cause) {
        Jurisdictions jurisdictions = places.of(people.homeStoreOf(staffId).orElse(null));
        Subject subject = Subject.withoutSession(staffId, tenant);
        Map<String, Set<String>> packsByPermission = new HashMap<>();
        Set<String> wanted = all.stream()
                .filter(course -> course.requiredForPermissions().stream()
                        .map(permission -> packsByPermission.computeIfAbsent(
                                permission, p -> jurisdictions.reachedBy(decisions.reach(subject, p))))
                        .anyMatch(packs -> packs.stream().anyMatch(course::covers)))
                .map(Course::id)
                .collect(Collectors.toSet());
        List<Assignment> held = data.em()
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.staffId = :staff AND a.source = :derived", Assignment.class)
                .setParameter("staff", staffId)
                .setParameter("derived", Assignment.Source.DERIVED)
                .getResultList();
        Set<String> heldIds = held.stream().map(Assignment::courseId).collect(Collectors.toSet());
        Instant now = clock.instant();
        List<Assignment> withdrawn =
                held.stream().filter(a -> !wanted.contains(a.courseId())).toList();
        List<String> added = wanted.stream().filter(id -> !heldIds.contains(id)).toList();
        if (withdrawn.isEmpty() && added.isEmpty()) {
            return;
        }
        withdrawn.forEach(a -> {
            history.ended(a, now);
            data.em().remove(a);
        });
        added.forEach(courseId -> {
            Assignment assignment = Assignment.derived(courseId, staffId, actorId, now);
            data.em().persist(assignment);
            history.started(assignment, now);
        });
        Map<String, String> codes = codesById(all);
        derived.fire(new AssignmentsDerived(
                tenant,
                actorId,
                staffId,
                added.stream().map(codes::get).sorted().toList(),
                withdrawn.stream().map(a -> codes.get(a.courseId())).sorted().toList(),
                cause,
                now));
    }

    private Places places(TenantId tenant) {
        Map<String, Jurisdictions.StorePlace> byId = new HashMap<>();
        stores.stores()
                .forEach(s -> byId.put(
                        s.id(),
                        new Jurisdictions.StorePlace(
                                s.regionId(),
                                rulePacks
                                        .governing(s.country(), s.subdivision())
                                        .code())));
        String headquarters = tenants.find(tenant)
                .map(TenantDirectory.TenantSummary::headquartersCountry)
                .map(country -> rulePacks.governing(country, null).code())
                .orElse("BASELINE");
        return new Places(byId, headquarters);
    }

    /** The tenant's stores with their packs, and the headquarters' pack. */
    private record Places(Map<String, Jurisdictions.StorePlace> stores, String headquartersPack) {
        Jurisdictions of(String homeStoreId) {
            Jurisdictions.StorePlace home = homeStoreId == null ? null : stores.get(homeStoreId);
            return new Jurisdictions(stores, home == null ? headquartersPack : home.pack());
        }
    }

    static Map<String, String> codesById(List<Course> all) {
        return all.stream().collect(Collectors.toMap(Course::id, Course::code));
    }
}
