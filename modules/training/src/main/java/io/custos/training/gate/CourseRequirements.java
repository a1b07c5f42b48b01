package io.custos.training.gate;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Subject;
import io.custos.regions.api.RulePacks;
import io.custos.tenants.api.TenantSettingsReader;
import io.custos.training.acknowledgment.Acknowledgments;
import io.custos.training.acknowledgment.Standing;
import io.custos.training.assignment.Assignments;
import io.custos.training.course.Course;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The training gate: every course whose jurisdictions hold the pack governing the customer and
 * which is required for the action needs a current acknowledgment by the staff member, or an
 * assignment still inside its grace where the course or the tenant grants one.
 */
@ApplicationScoped
public class CourseRequirements implements Gates.TrainingGate {

    @Inject
    Courses courses;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    Assignments assignments;

    @Inject
    TenantSettingsReader settings;

    @Inject
    RulePacks rulePacks;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public GateOutcome check(Subject subject, String action, CustomerFacts customer) {
        String pack =
                rulePacks.governing(customer.country(), customer.subdivision()).code();
        List<Course> required = new ArrayList<>(2);
        for (Course course : courses.all()) {
            if (course.isRequiredFor(action, pack)) {
                required.add(course);
            }
        }
        Instant now = clock.instant();
        return Verdict.of(action, pack, requirements(subject.staffId(), required), now);
    }

    @Override
    @Transactional
    public Set<String> untrainedPacks(Subject subject, String action) {
        List<Course> required = courses.all().stream()
                .filter(c -> c.requiredForPermissions().contains(action))
                .toList();
        Instant now = clock.instant();
        Map<String, Course> byCode = required.stream().collect(Collectors.toMap(Course::code, c -> c));
        return requirements(subject.staffId(), required).stream()
                .filter(r -> r.blocksAt(now))
                .flatMap(r -> byCode.get(r.courseCode()).jurisdictions().stream())
                .collect(Collectors.toSet());
    }

    /**
     * Where the staff member stands at the gate with each course that is not current, by course
     * code, under the gate's own grace rule. {@code standings} are the staff member's, by course id,
     * as the caller has read them already.
     */
    @Transactional
    public Map<String, Blocking> blocking(String staffId, List<Course> of, Map<String, Standing> standings) {
        Instant now = clock.instant();
        Map<String, Blocking> blocking = new HashMap<>();
        requirements(staffId, of, standings).stream()
                .filter(r -> !r.standing().isCurrent())
                .forEach(r -> blocking.put(r.courseCode(), new Blocking(r.blocksAt(now), r.openUntil())));
        return blocking;
    }

    /**
     * A course that is not current: whether it refuses now, and until when the grace lets it pass
     * (null where it blocks at once); stable between reads until that moment passes.
     */
    public record Blocking(boolean now, Instant graceUntil) {}

    private List<Verdict.Requirement> requirements(String staffId, List<Course> required) {
        return requirements(staffId, required, acknowledgments.standingsOf(staffId, required));
    }

    /** The staff member's standing with each course; due dates and grace read only when one is not current. */
    private List<Verdict.Requirement> requirements(
            String staffId, List<Course> required, Map<String, Standing> standings) {
        List<Course> notCurrent = required.stream()
                .filter(c -> !standings.get(c.id()).isCurrent())
                .toList();
        if (notCurrent.isEmpty()) {
            return required.stream()
                    .map(c -> new Verdict.Requirement(c.code(), c.currentVersion(), standings.get(c.id())))
                    .toList();
        }
        Map<String, Instant> assignedDue = assignments.dueDatesOf(staffId, notCurrent);
        var tenant = settings.current().training();
        return required.stream()
                .map(c -> {
                    Standing standing = standings.get(c.id());
                    if (standing.isCurrent()) {
                        return new Verdict.Requirement(c.code(), c.currentVersion(), standing);
                    }
                    Instant due = Grace.dueDate(assignedDue.get(c.id()), standing);
                    return new Verdict.Requirement(
                            c.code(),
                            c.currentVersion(),
                            standing,
                            due,
                            Grace.of(c, tenant).openUntil(due));
                })
                .toList();
    }
}
