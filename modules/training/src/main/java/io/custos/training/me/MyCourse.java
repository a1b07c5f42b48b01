package io.custos.training.me;

import io.custos.training.acknowledgment.AcknowledgmentView;
import io.custos.training.assignment.Progress;
import java.time.Instant;
import java.util.List;

/** One course on the caller's list; {@code attempts} only when a single course is read. */
public record MyCourse(
        String courseCode,
        String title,
        String currentVersion,
        String status,
        Instant dueAt,
        boolean overdue,
        boolean assigned,
        String acknowledgedVersion,
        Instant acknowledgedAt,
        Instant expiresAt,
        String contentRef,
        String statement,
        String statementHash,
        Integer passMark,
        List<AcknowledgmentView> attempts) {

    static MyCourse of(
            Progress p, Instant now, String statement, String statementHash, List<AcknowledgmentView> attempts) {
        return new MyCourse(
                p.course().code(),
                p.course().title(),
                p.course().currentVersion(),
                p.status().name(),
                p.dueAt(),
                p.isOverdueAt(now),
                p.assigned(),
                p.standing().acknowledgedVersion(),
                p.standing().acknowledgedAt(),
                p.standing().expiresAt(),
                p.course().contentRef(),
                statement,
                statementHash,
                p.course().passMark(),
                attempts);
    }
}
