package io.custos.training.acknowledgment;

import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.training.api.TrainingAcknowledged;
import io.custos.training.course.Course;
import io.custos.training.course.CourseVersion;
import io.custos.training.course.Courses;
import io.custos.training.quiz.Attempt;
import io.custos.training.quiz.Attempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records acknowledgments and answers where staff stand with their courses. */
@ApplicationScoped
public class Acknowledgments {

    static final int CLIENT_LENGTH = 500;

    @Inject
    TenantData data;

    @Inject
    Courses courses;

    @Inject
    Attempts attempts;

    @Inject
    Event<TrainingAcknowledged> acknowledged;

    @Inject
    Clock clock;

    /**
     * Records the caller's acknowledgment of the course's current version. An older or unknown
     * version is refused (422), and so is a version with a quiz the caller has not passed (422):
     * the score recorded is that of their latest passed attempt, scored by the server.
     */
    @Transactional
    public AcknowledgmentView acknowledge(Caller caller, String courseCode, Acknowledge request, String client) {
        Course course = courses.get(courseCode);
        if (!course.isCurrent(request.version())) {
            throw new Unprocessable(
                    "course-version-not-current",
                    "version " + request.version() + " of " + courseCode + " is not current; acknowledge version "
                            + course.currentVersion());
        }
        CourseVersion version = courses.current(course);
        Optional<Attempt> attempt = Optional.empty();
        if (version.quiz().isPresent()) {
            attempt = Optional.of(attempts.passed(caller.staffId(), course, version.seq())
                    .orElseThrow(() -> new Unprocessable(
                            "quiz-not-passed",
                            "version " + version.name() + " of " + courseCode
                                    + " has a quiz: pass an attempt (POST /api/v1/me/training/" + courseCode
                                    + "/attempts) before acknowledging")));
        }
        Instant now = clock.instant();
        Acknowledgment acknowledgment = Acknowledgment.acknowledged(
                course.id(),
                caller.staffId(),
                version.seq(),
                version.name(),
                version.statementHash(),
                version.contentHash(),
                attempt.map(Attempt::id).orElse(null),
                attempt.map(Attempt::score).orElse(null),
                client == null || client.isBlank() ? null : truncate(client),
                now,
                course.validityMonths());
        data.em().persist(acknowledgment);
        acknowledged.fire(new TrainingAcknowledged(
                caller.tenantId(),
                caller.staffId(),
                acknowledgment.id(),
                course.code(),
                acknowledgment.versionName(),
                acknowledgment.score(),
                acknowledgment.passed(),
                acknowledgment.statementHash(),
                acknowledgment.contentHash(),
                acknowledgment.attemptId(),
                acknowledgment.client(),
                acknowledgment.expiresAt(),
                now));
        return AcknowledgmentView.of(course.code(), acknowledgment);
    }

    /** Every attempt of one staff member at one course, oldest first. */
    public List<AcknowledgmentView> attempts(String staffId, Course course) {
        return data.em()
                .createQuery(
                        "SELECT a FROM Acknowledgment a WHERE a.staffId = :staff AND a.courseId = :course ORDER BY a.seq",
                        Acknowledgment.class)
                .setParameter("staff", staffId)
                .setParameter("course", course.id())
                .getResultStream()
                .map(a -> AcknowledgmentView.of(course.code(), a))
                .toList();
    }

    /** Where one staff member stands with each of the courses, by course id. */
    public Map<String, Standing> standingsOf(String staffId, Collection<Course> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<Acknowledgment> attempts = data.em()
                .createQuery(
                        "SELECT a FROM Acknowledgment a WHERE a.staffId = :staff AND a.courseId IN :courses",
                        Acknowledgment.class)
                .setParameter("staff", staffId)
                .setParameter("courses", of.stream().map(Course::id).toList())
                .getResultList();
        Map<String, List<Standing.Attempt>> byCourse = new HashMap<>();
        attempts.forEach(a ->
                byCourse.computeIfAbsent(a.courseId(), c -> new ArrayList<>()).add(a.attempt()));
        Instant now = clock.instant();
        Map<String, Standing> standings = new HashMap<>();
        for (Course course : of) {
            standings.put(
                    course.id(),
                    Standing.of(course.acknowledgeFromSeq(), byCourse.getOrDefault(course.id(), List.of()), now));
        }
        return standings;
    }

    /** Where every staff member who attempted a course stands with it: staff id → course id → standing. */
    public Map<String, Map<String, Standing>> standingsOfEveryone(Collection<Course> of) {
        Map<String, Course> byId = new HashMap<>();
        of.forEach(c -> byId.put(c.id(), c));
        Instant now = clock.instant();
        Map<String, Map<String, Standing>> standings = new HashMap<>();
        attemptsOfEveryone(byId.keySet())
                .forEach((staff, perCourse) -> perCourse.forEach((courseId, list) -> standings
                        .computeIfAbsent(staff, s -> new HashMap<>())
                        .put(courseId, Standing.of(byId.get(courseId).acknowledgeFromSeq(), list, now))));
        return standings;
    }

    /** Every recorded attempt at the courses with these ids: staff id → course id → attempts. */
    public Map<String, Map<String, List<Standing.Attempt>>> attemptsOfEveryone(Collection<String> courseIds) {
        Map<String, Map<String, List<Standing.Attempt>>> attempts = new HashMap<>();
        data.em()
                .createQuery("SELECT a FROM Acknowledgment a", Acknowledgment.class)
                .getResultStream()
                .filter(a -> courseIds.contains(a.courseId()))
                .forEach(a -> attempts.computeIfAbsent(a.staffId(), s -> new HashMap<>())
                        .computeIfAbsent(a.courseId(), c -> new ArrayList<>())
                        .add(a.attempt()));
        return attempts;
    }

    private static String truncate(String client) {
        return client.length() <= CLIENT_LENGTH ? client : client.substring(0, CLIENT_LENGTH);
    }
}
