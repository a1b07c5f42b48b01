package io.custos.training.gate;

import io.custos.platform.access.GateOutcome;
import io.custos.training.acknowledgment.Standing;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the staff member's standing with each required course into the training gate's outcome.
 * Public so the benchmark of the full decision runs the gate's own logic.
 */
public final class Verdict {

    private Verdict() {}

    /**
     * One course the customer's pack requires for the action, and where the staff member stands:
     * {@code dueAt} when it is assigned, {@code openUntil} when the grace lets a course that is not
     * current pass until then (null: it blocks at once).
     */
    public record Requirement(
            String courseCode, String currentVersion, Standing standing, Instant dueAt, Instant openUntil) {

        /** A requirement without grace. */
        public Requirement(String courseCode, String currentVersion, Standing standing) {
            this(courseCode, currentVersion, standing, null, null);
        }

        boolean blocksAt(Instant now) {
            return !standing.isCurrent() && (openUntil == null || !now.isBefore(openUntil));
        }

        boolean inGraceAt(Instant now) {
            return !standing.isCurrent() && !blocksAt(now);
        }

        String shortfall() {
            String why = standing.shortfall(currentVersion);
            if (dueAt != null) {
                why += "; due " + dueAt;
            }
            if (openUntil != null) {
                why += "; grace ended " + openUntil;
            }
            return why;
        }
    }

    /** The outcome at {@code now}; its words are written only when someone reads them. */
    public static GateOutcome of(String action, String pack, List<Requirement> required, Instant now) {
        if (required.isEmpty()) {
            return GateOutcome.pass(
                    GateOutcome.TRAINING, () -> "no course is required for " + action + " under " + pack);
        }
        for (Requirement requirement : required) {
            if (requirement.blocksAt(now)) {
                return GateOutcome.fail(GateOutcome.TRAINING, () -> refusal(action, pack, required, now));
            }
        }
        return GateOutcome.pass(GateOutcome.TRAINING, () -> passage(action, pack, required, now));
    }

    private static String refusal(String action, String pack, List<Requirement> required, Instant now) {
        return action + " under " + pack + " requires "
                + required.stream()
                        .filter(r -> r.blocksAt(now))
                        .map(r -> "course " + r.courseCode() + " (" + r.shortfall() + ")")
                        .collect(Collectors.joining("; "));
    }

    private static String passage(String action, String pack, List<Requirement> required, Instant now) {
        List<Requirement> current =
                required.stream().filter(r -> r.standing().isCurrent()).toList();
        List<Requirement> graced =
                required.stream().filter(r -> r.inGraceAt(now)).toList();
        StringBuilder detail = new StringBuilder();
        if (!current.isEmpty()) {
            detail.append("current acknowledgment of ")
                    .append(current.stream()
                            .map(r -> r.courseCode() + " " + r.standing().acknowledgedVersion())
                            .collect(Collectors.joining(", ")));
        }
        if (!graced.isEmpty()) {
            detail.append(current.isEmpty() ? "" : "; ")
                    .append(graced.stream()
                            .map(r -> "course " + r.courseCode() + " not yet acknowledged (due " + r.dueAt()
                                    + "), allowed under grace until " + r.openUntil())
                            .collect(Collectors.joining("; ")));
        }
        return detail + " (required for " + action + " under " + pack + ")";
    }
}
