package io.custos.training.course;

import io.custos.platform.validation.Length;
import io.custos.training.content.NewQuiz;
import io.custos.training.content.NewSection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** A new version to publish, with its material and quiz; it becomes current at once. */
public record NewVersion(
        @NotNull @Pattern(regexp = NewCourse.VERSION, message = "must be 1 to 40 of A-Z a-z 0-9 . _ -")
        String version,

        @NotNull Boolean requiresReacknowledgment,

        @Length(max = 500) String contentRef,

        @Length(max = 20000) String statement,
        @Length(max = 50) List<@NotNull @Valid NewSection> sections,
        @Valid NewQuiz quiz) {}
