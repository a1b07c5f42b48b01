package io.custos.training.course;

import java.time.Instant;

/** One published version of a course. */
public record VersionView(
        String courseCode,
        String version,
        int seq,
        boolean current,
        boolean requiresReacknowledgment,
        String statement,
        String statementHash,
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
                version.publishedBy(),
                version.publishedAt());
    }
}
