package io.custos.training.me;

import io.custos.platform.security.Caller;
import io.custos.training.acknowledgment.Acknowledgments;
import io.custos.training.acknowledgment.Standing;
import io.custos.training.assignment.Assignments;
import io.custos.training.assignment.Progress;
import io.custos.training.course.Course;
import io.custos.training.course.CourseVersion;
import io.custos.training.course.Courses;
import io.custos.training.gate.CourseRequirements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the caller must acknowledge, by when, and where they stand. */
@ApplicationScoped
public class MyTraining {

    @Inject
    Assignments assignments;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    Courses courses;

    @Inject
    CourseRequirements gate;

    @Inject
    Clock clock;

    @Transactional
    public List<MyCourse> list(Caller caller) {
        Instant now = clock.instant();
        List<Progress> progress = assignments.progressOf(caller.staffId());
        Map<String, CourseRequirements.Blocking> blocking = blocking(caller, progress);
        return progress.stream()
                .map(p -> MyCourse.of(p, now, blocking.get(p.course().code()), null, null))
                .toList();
    }

    /** One course, assigned or not, with the statement and material to acknowledge and every acknowledgment. */
    @Transactional
    public MyCourse course(Caller caller, String code) {
        Course course = courses.get(code);
        Instant now = clock.instant();
        Progress progress = assignments.progressOf(caller.staffId()).stream()
                .filter(p -> p.course().id().equals(course.id()))
                .findFirst()
                .orElseGet(() -> Progress.of(
                        caller.staffId(),
                        course,
                        null,
                        acknowledgments
                                .standingsOf(caller.staffId(), List.of(course))
                                .getOrDefault(course.id(), Standing.NONE)));
        CourseVersion current = courses.current(course);
        return MyCourse.of(
                progress,
                now,
                blocking(caller, List.of(progress)).get(course.code()),
                current,
                acknowledgments.attempts(caller.staffId(), course));
    }

    /** Where the caller stands at the training gate with each course that is not current. */
    private Map<String, CourseRequirements.Blocking> blocking(Caller caller, List<Progress> progress) {
        return gate.blocking(
                caller.staffId(),
                progress.stream().map(Progress::course).toList(),
                progress.stream().collect(Collectors.toMap(p -> p.course().id(), Progress::standing)));
    }
}
