package io.custos.training.gate;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Subject;
import io.custos.regions.api.RulePacks;
import io.custos.training.acknowledgment.Acknowledgments;
import io.custos.training.acknowledgment.Standing;
import io.custos.training.course.Course;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The training gate: every course whose jurisdictions hold the pack governing the customer and
 * which is required for the action needs a current acknowledgment by the staff member.
 */
@ApplicationScoped
public class CourseRequirements implements Gates.TrainingGate {

    @Inject
    Courses courses;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    RulePacks rulePacks;

    @Override
    @Transactional
    public GateOutcome check(Subject subject, String action, CustomerFacts customer) {
        String pack =
                rulePacks.governing(customer.country(), customer.subdivision()).code();
        List<Course> required = courses.all().stream()
                .filter(c -> c.isRequiredFor(action, pack))
                .toList();
        Map<String, Standing> standings = acknowledgments.standingsOf(subject.staffId(), required);
        return Verdict.of(
                action,
                pack,
                required.stream()
                        .map(c -> new Verdict.Requirement(c.code(), c.currentVersion(), standings.get(c.id())))
                        .toList());
    }

    @Override
    @Transactional
    public java.util.Set<String> untrainedPacks(Subject subject, String action) {
        List<Course> required = courses.all().stream()
                .filter(c -> c.requiredForPermissions().contains(action))
                .toList();
        Map<String, Standing> standings = acknowledgments.standingsOf(subject.staffId(), required);
        return required.stream()
                .filter(c ->
                        standings.get(c.id()) == null || !standings.get(c.id()).isCurrent())
                .flatMap(c -> c.jurisdictions().stream())
                .collect(java.util.stream.Collectors.toSet());
    }
}
