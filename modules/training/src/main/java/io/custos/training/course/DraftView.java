package io.custos.training.course;

import io.custos.training.content.Quiz;
import io.custos.training.content.Section;
import java.time.Instant;
import java.util.List;

/** A draft as its authors see it: the quiz with its correct answers. */
public record DraftView(
        String courseCode,
        String version,
        boolean requiresReacknowledgment,
        String statement,
        List<Section> sections,
        String contentHash,
        Quiz quiz,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static DraftView of(Course course, CourseDraft draft) {
        String statement = Courses.statementOr(draft.statement(), course.title(), draft.name());
        return new DraftView(
                course.code(),
                draft.name(),
                draft.requiresReacknowledgment(),
                statement,
                draft.material().sections(),
                draft.material().hashWith(statement),
                draft.quiz().orElse(null),
                draft.createdBy(),
                draft.createdAt(),
                draft.updatedAt());
    }
}
