package io.custos.training.assignment;

import io.custos.identity.api.People;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.training.acknowledgment.Acknowledgments;
import io.custos.training.acknowledgment.Standing;
import io.custos.training.api.TrainingAssigned;
import io.custos.training.course.Course;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Manual assignments, and everyone's progress on the courses assigned to them. */
@ApplicationScoped
public class Assignments {

    @Inject
    TenantData data;

    @Inject
    Courses courses;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    People people;

    @Inject
    AssignmentHistory history;

    @Inject
    Event<TrainingAssigned> assigned;

    @Inject
    Clock clock;

    @Transactional
    public AssignmentView assign(Caller caller, NewAssignment request) {
        if (!people.isActiveStaff(request.staffId())) {
            throw new InvalidInput("staffId", "no active staff member with this id");
        }
        Course course = courses.byCode(request.courseCode())
                .orElseThrow(() -> new InvalidInput("courseCode", "no course with this code"));
        Instant now = clock.instant();
        if (request.dueAt() != null && !request.dueAt().isAfter(now)) {
            throw new InvalidInput("dueAt", "must be in the future");
        }
        Assignment assignment =
                Assignment.manual(course.id(), request.staffId(), caller.staffId(), now, request.dueAt());
        data.em().persist(assignment);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_training_assignment")) {
                throw new Conflict(
                        "assignment-exists",
                        "course " + course.code() + " is assigned to " + request.staffId() + " by hand already");
            }
            throw e;
        }
        history.started(assignment, now);
        assigned.fire(new TrainingAssigned(
                caller.tenantId(),
                caller.staffId(),
                assignment.id(),
                assignment.staffId(),
                course.code(),
                assignment.dueAt(),
                now));
        return AssignmentView.of(assignment, course.code());
    }

    @Transactional
    public AssignmentView view(String id) {
        Assignment assignment = java.util.Optional.ofNullable(data.em().find(Assignment.class, id))
                .orElseThrow(() -> new NotFound("assignment", id));
        return AssignmentView.of(
                assignment,
                courses.find(assignment.courseId()).map(Course::code).orElseThrow());
    }

    /** Assignments in id order, of one staff member or one course when asked. */
    @Transactional
    public Page<AssignmentView> page(String staffId, String courseCode, PageRequest request) {
        Map<String, String> codes = Derivation.codesById(courses.all());
        StringBuilder jpql = new StringBuilder("SELECT a FROM Assignment a WHERE 1 = 1");
        if (staffId != null) {
            jpql.append(" AND a.staffId = :staff");
        }
        String courseId = null;
        if (courseCode != null) {
            courseId = courses.byCode(courseCode).map(Course::id).orElse("");
            jpql.append(" AND a.courseId = :course");
        }
        if (request.after() != null) {
            jpql.append(" AND a.id > :after");
        }
        TypedQuery<Assignment> query = data.em().createQuery(jpql + " ORDER BY a.id", Assignment.class);
        if (staffId != null) {
            query.setParameter("staff", staffId);
        }
        if (courseId != null) {
            query.setParameter("course", courseId);
        }
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                Assignment::id,
                a -> AssignmentView.of(a, codes.get(a.courseId())));
    }

    /** The staff member's progress on every course assigned to them or acknowledged by them. */
    public List<Progress> progressOf(String staffId) {
        List<Course> all = courses.all();
        Map<String, Instant> due = earliestDue(data.em()
                .createQuery("SELECT a FROM Assignment a WHERE a.staffId = :staff", Assignment.class)
                .setParameter("staff", staffId)
                .getResultList());
        Map<String, Standing> standings = acknowledgments.standingsOf(staffId, all);
        return all.stream()
                .filter(c -> due.containsKey(key(staffId, c.id()))
                        || standings.get(c.id()).state() != Standing.State.NEVER)
                .map(c -> Progress.of(staffId, c, due.get(key(staffId, c.id())), standings.get(c.id())))
                .toList();
    }

    /** When the staff member must have acknowledged each of the courses assigned to them, by course id. */
    public Map<String, Instant> dueDatesOf(String staffId, Collection<Course> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> due = new HashMap<>();
        data.em()
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.staffId = :staff AND a.courseId IN :courses",
                        Assignment.class)
                .setParameter("staff", staffId)
                .setParameter("courses", of.stream().map(Course::id).toList())
                .getResultList()
                .forEach(a -> due.merge(a.courseId(), a.dueAt(), (x, y) -> x.isBefore(y) ? x : y));
        return due;
    }

    /** Everyone the course is assigned to. */
    public List<String> staffAssigned(Course course) {
        return data.em()
                .createQuery("SELECT DISTINCT a.staffId FROM Assignment a WHERE a.courseId = :course", String.class)
                .setParameter("course", course.id())
                .getResultList();
    }

    /** Everyone's progress on the courses assigned to them, ordered by staff and course code. */
    public List<Progress> progressOfEveryone() {
        List<Course> all = courses.all();
        Map<String, Course> byId = all.stream().collect(Collectors.toMap(Course::id, c -> c));
        List<Assignment> assignments = data.em()
                .createQuery("SELECT a FROM Assignment a", Assignment.class)
                .getResultList();
        Map<String, Instant> due = earliestDue(assignments);
        Map<String, Map<String, Standing>> standings = acknowledgments.standingsOfEveryone(all);
        Set<String> seen = new LinkedHashSet<>();
        List<Progress> progress = new ArrayList<>();
        for (Assignment a : assignments) {
            if (seen.add(key(a.staffId(), a.courseId()))) {
                Standing standing =
                        standings.getOrDefault(a.staffId(), Map.of()).getOrDefault(a.courseId(), Standing.NONE);
                progress.add(Progress.of(
                        a.staffId(), byId.get(a.courseId()), due.get(key(a.staffId(), a.courseId())), standing));
            }
        }
        progress.sort(Comparator.comparing(Progress::staffId)
                .thenComparing(p -> p.course().code()));
        return progress;
    }

    /** A derived and a manual assignment of the same course: the earlier due date applies. */
    private static Map<String, Instant> earliestDue(List<Assignment> assignments) {
        Map<String, Instant> due = new HashMap<>();
        assignments.forEach(a -> due.merge(key(a.staffId(), a.courseId()), a.dueAt(), (x, y) -> x.isBefore(y) ? x : y));
        return due;
    }

    private static String key(String staffId, String courseId) {
        return staffId + "/" + courseId;
    }
}
