package io.custos.training.me;

import io.custos.training.acknowledgment.AcknowledgmentView;
import io.custos.training.assignment.Progress;
import io.custos.training.content.Quiz;
import io.custos.training.content.Section;
import io.custos.training.course.CourseVersion;
import io.custos.training.gate.CourseRequirements;
import java.time.Instant;
import java.util.List;

/**
 * One course on the caller's list; the current version's statement, material and quiz summary,
 * and {@code attempts} (acknowledgments) only when a single course is read. {@code passMark} is
 * the current version's quiz's (null without a quiz). {@code requiredForPermissions} and
 * {@code jurisdictions} say what the course unlocks: those permissions over customers governed by
 * those rule packs, so the caller sees what a missing or expiring course blocks. For a course that
 * is not current and is required for something, {@code blocked} says whether the training gate
 * refuses now and {@code graceUntil} until when its grace lets it pass (null where it blocks at
 * once); both null while the course is current or required for nothing.
 */
public record MyCourse(
        String courseCode,
        String title,
        List<String> requiredForPermissions,
        List<String> jurisdictions,
        String currentVersion,
        String status,
        Instant dueAt,
        boolean overdue,
        Boolean blocked,
        Instant graceUntil,
        boolean assigned,
        String acknowledgedVersion,
        Instant acknowledgedAt,
        Instant expiresAt,
        String contentRef,
        String statement,
        String statementHash,
        List<Section> sections,
        String contentHash,
        Quiz.Summary quiz,
        Integer passMark,
        List<AcknowledgmentView> attempts) {

    /** {@code current} null: the list leaves the version's content out. */
    static MyCourse of(
            Progress p,
            Instant now,
            CourseRequirements.Blocking blocking,
            CourseVersion current,
            List<AcknowledgmentView> attempts) {
        CourseRequirements.Blocking gate = p.course().requiredForPermissions().isEmpty() ? null : blocking;
        Quiz.Summary quiz =
                current == null ? null : current.quiz().map(Quiz::summary).orElse(null);
        return new MyCourse(
                p.course().code(),
                p.course().title(),
                p.course().requiredForPermissions(),
                p.course().jurisdictions(),
                p.course().currentVersion(),
                p.status().name(),
                p.dueAt(),
                p.isOverdueAt(now),
                gate == null ? null : gate.now(),
                gate == null ? null : gate.graceUntil(),
                p.assigned(),
                p.standing().acknowledgedVersion(),
                p.standing().acknowledgedAt(),
                p.standing().expiresAt(),
                p.course().contentRef(),
                current == null ? null : current.statement(),
                current == null ? null : current.statementHash(),
                current == null ? null : current.material().sections(),
                current == null ? null : current.contentHash(),
                quiz,
                quiz == null ? null : quiz.passMark(),
                attempts);
    }
}
