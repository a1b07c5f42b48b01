package io.custos.training.course;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new version to publish; it becomes current at once. */
public record NewVersion(
        @NotNull @Pattern(regexp = NewCourse.VERSION, message = "must be 1 to 40 of A-Z a-z 0-9 . _ -")
        String version,

        @NotNull Boolean requiresReacknowledgment,

        @Length(max = 500) String contentRef,

        @Length(max = 20000) String statement) {}
