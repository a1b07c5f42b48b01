package io.custos.training.gate;

import io.custos.platform.access.GateOutcome;
import io.custos.training.acknowledgment.Standing;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the staff member's standing with each required course into the training gate's outcome.
 * Public so the benchmark of the full decision runs the gate's own logic.
 */
public final class Verdict {

    private Verdict() {}

    /** One course the customer's pack requires for the action, and where the staff member stands. */
    public record Requirement(String courseCode, String currentVersion, Standing standing) {}

    public static GateOutcome of(String action, String pack, List<Requirement> required) {
        if (required.isEmpty()) {
            return GateOutcome.pass(GateOutcome.TRAINING, "no course is required for " + action + " under " + pack);
        }
        List<Requirement> missing =
                required.stream().filter(r -> !r.standing().isCurrent()).toList();
        if (missing.isEmpty()) {
            return GateOutcome.pass(
                    GateOutcome.TRAINING,
                    "current acknowledgment of "
                            + required.stream()
                                    .map(r ->
                                            r.courseCode() + " " + r.standing().acknowledgedVersion())
                                    .collect(Collectors.joining(", "))
                            + " (required for " + action + " under " + pack + ")");
        }
        return GateOutcome.fail(
                GateOutcome.TRAINING,
                action + " under " + pack + " requires "
                        + missing.stream()
                                .map(r -> "course " + r.courseCode() + " ("
                                        + r.standing().shortfall(r.currentVersion()) + ")")
                                .collect(Collectors.joining("; ")));
    }
}
