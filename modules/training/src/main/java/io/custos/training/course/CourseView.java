package io.custos.training.course;

import java.util.List;

/** A course with its current version's statement (what staff acknowledge) and the statement's hash. */
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
        String statementHash) {

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
                current.statementHash());
    }
}
