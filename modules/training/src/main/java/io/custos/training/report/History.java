package io.custos.training.report;

import io.custos.training.acknowledgment.Standing;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The recorded history of assignments, acknowledgments and versions, asked what held at a past
 * instant: who was assigned what (and where their home store was), and whether each was complete
 * or overdue as the training gate would have judged at that instant. Nothing here reads today's
 * state, so a month reported once is reported the same later.
 */
final class History {

    /** A stretch of an assignment: one due date and one home store, from {@code startedAt} until {@code endedAt}. */
    record Period(
            String staffId,
            String courseId,
            String storeId,
            String regionId,
            Instant startedAt,
            Instant dueAt,
            Instant endedAt) {

        boolean covers(Instant at) {
            return !startedAt.isAfter(at) && (endedAt == null || endedAt.isAfter(at));
        }
    }

    /** A published version as far as standings need it. */
    record Version(String courseId, int seq, boolean requiresReacknowledgment, Instant publishedAt) {}

    /** One staff member's assignment of one course at an instant. */
    record Outcome(Period period, boolean completed, boolean overdue) {}

    private final List<Period> periods;
    private final Map<String, List<Version>> versionsByCourse;
    private final Map<String, Map<String, List<Standing.Attempt>>> attempts;

    /** {@code attempts}: staff id → course id → every recorded attempt (passed or not). */
    History(List<Period> periods, List<Version> versions, Map<String, Map<String, List<Standing.Attempt>>> attempts) {
        this.periods = List.copyOf(periods);
        this.versionsByCourse = versions.stream().collect(Collectors.groupingBy(Version::courseId));
        this.attempts = attempts;
    }

    /**
     * Every staff member's assignments at {@code at}, one per staff member and course. A derived
     * and a manual assignment of the same course count once, with the earlier due date (as the gate
     * and today's report do). Complete: a passed acknowledgment made by then, of a version that
     * counted then (none older than the last version published by then that required a new
     * acknowledgment), unexpired then. Overdue: not complete and past the due date then.
     */
    List<Outcome> at(Instant at) {
        Map<String, Period> earliestDue = new LinkedHashMap<>();
        periods.stream()
                .filter(p -> p.covers(at))
                .forEach(p -> earliestDue.merge(
                        p.staffId() + "/" + p.courseId(), p, (x, y) -> y.dueAt().isBefore(x.dueAt()) ? y : x));
        return earliestDue.values().stream()
                .map(p -> {
                    boolean completed =
                            standingAt(p.staffId(), p.courseId(), at).isCurrent();
                    return new Outcome(p, completed, !completed && !p.dueAt().isAfter(at));
                })
                .toList();
    }

    private Standing standingAt(String staffId, String courseId, Instant at) {
        List<Standing.Attempt> madeBy =
                attempts.getOrDefault(staffId, Map.of()).getOrDefault(courseId, List.of()).stream()
                        .filter(a -> !a.acknowledgedAt().isAfter(at))
                        .toList();
        return Standing.of(acknowledgeFromSeqAt(courseId, at), madeBy, at);
    }

    /** The first version whose acknowledgment counted at {@code at}: what Course.acknowledgeFromSeq was then. */
    private int acknowledgeFromSeqAt(String courseId, Instant at) {
        return versionsByCourse.getOrDefault(courseId, List.of()).stream()
                .filter(v -> v.requiresReacknowledgment() && !v.publishedAt().isAfter(at))
                .map(Version::seq)
                .max(Comparator.naturalOrder())
                .orElse(1);
    }
}
