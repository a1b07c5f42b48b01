package io.custos.training.course;

import io.custos.training.content.Quiz;
import java.util.List;

/**
 * A course with its current version's statement (what staff acknowledge), the statement's hash,
 * the hash of statement and material, and what learners may know of its quiz.
 */
public record CourseView(
        String id,
        String code,
        String title,
        String version,
        int validityMonths,
        List<String> jurisdictions,
        List<String> requiredForPermissions,
        Integer passMark,
        String contentRef,
        String statement,
        String statementHash,
        String contentHash,
        Quiz.Summary quiz,
        GraceRule graceMode,
        Integer graceDays) {

    static CourseView of(Course course, CourseVersion current) {
        return new CourseView(
                course.id(),
                course.code(),
                course.title(),
                course.currentVersion(),
                course.validityMonths(),
                course.jurisdictions(),
                course.requiredForPermissions(),
                course.passMark(),
                course.contentRef(),
                current.statement(),
                current.statementHash(),
                current.contentHash(),
                current.quiz().map(Quiz::summary).orElse(null),
                course.graceMode(),
                course.graceDays());
    }
}
