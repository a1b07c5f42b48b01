package io.custos.training.course;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Within;
import java.util.List;

/**
 * Changes to a course's rules; absent fields stay. The content staff acknowledge changes only by
 * publishing a version; a new validity applies to acknowledgments made from now on. {@code graceMode}
 * and {@code graceDays} override the tenant's training grace for this course.
 */
public record CourseChange(
        @Length(min = 1, max = 200) String title,
        @Within(min = 1, max = 120) Integer validityMonths,
        @Within(min = 0, max = 100) Integer passMark,
        @Length(max = 500) String contentRef,

        @Length(min = 1, message = "must name at least one rule pack")
        List<String> jurisdictions,

        @Length(min = 1, message = "must name at least one permission")
        List<String> requiredForPermissions,

        GraceRule graceMode,
        @Within(min = 0, max = 90) Integer graceDays) {}
