package io.custos.training.course;

import io.custos.platform.validation.Length;
import io.custos.training.content.NewQuiz;
import io.custos.training.content.NewSection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The whole content of a draft, as a PUT replaces it: what is left out is empty afterwards. */
public record DraftContent(
        @NotNull Boolean requiresReacknowledgment,
        @Length(max = 20000) String statement,
        @Length(max = 50) List<@NotNull @Valid NewSection> sections,
        @Valid NewQuiz quiz) {}
