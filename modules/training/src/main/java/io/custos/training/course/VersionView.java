package io.custos.training.course;

import io.custos.training.content.Quiz;
import io.custos.training.content.Section;
import java.time.Instant;
import java.util.List;

/** One published version of a course as every staff member reads it: the quiz without its answers. */
public record VersionView(
        String courseCode,
        String version,
        int seq,
        boolean current,
        boolean requiresReacknowledgment,
        String statement,
        String statementHash,
        List<Section> sections,
        String contentHash,
        Quiz.Summary quiz,
        String publishedBy,
        Instant publishedAt) {

    static VersionView of(Course course, CourseVersion version) {
        return new VersionView(
                course.code(),
                version.name(),
                version.seq(),
                version.seq() == course.currentSeq(),
                version.requiresReacknowledgment(),
                version.statement(),
                version.statementHash(),
                version.material().sections(),
                version.contentHash(),
                version.quiz().map(Quiz::summary).orElse(null),
                version.publishedBy(),
                version.publishedAt());
    }
}
