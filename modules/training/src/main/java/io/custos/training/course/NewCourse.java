package io.custos.training.course;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import io.custos.platform.validation.Within;
import io.custos.training.content.NewQuiz;
import io.custos.training.content.NewSection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** A course to create with its first version (its material and quiz optional). */
public record NewCourse(
        @NotNull @Pattern(regexp = CODE, message = "must be 1 to 40 of A-Z a-z 0-9 _ -")
        String code,

        @NotNull @Present @Length(max = 200) String title,

        @NotNull @Pattern(regexp = VERSION, message = "must be 1 to 40 of A-Z a-z 0-9 . _ -")
        String version,

        @NotNull @Within(min = 1, max = 120) Integer validityMonths,

        @NotNull @Length(min = 1, message = "must name at least one rule pack")
        List<String> jurisdictions,

        @NotNull @Length(min = 1, message = "must name at least one permission")
        List<String> requiredForPermissions,

        @Within(min = 0, max = 100) Integer passMark,

        @Length(max = 500) String contentRef,

        @Length(max = 20000) String statement,
        @Length(max = 50) List<@NotNull @Valid NewSection> sections,
        @Valid NewQuiz quiz,
        GraceRule graceMode,
        @Within(min = 0, max = 90) Integer graceDays) {

    static final String CODE = "^[A-Za-z0-9_-]{1,40}$";
    static final String VERSION = "^[A-Za-z0-9._-]{1,40}$";
}
