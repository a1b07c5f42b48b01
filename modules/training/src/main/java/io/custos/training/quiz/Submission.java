package io.custos.training.quiz;

import io.custos.platform.validation.Length;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The answers to an attempt's questions: the options chosen per question; a question left out is wrong. */
public record Submission(@NotNull @Length(max = 200) List<@NotNull @Valid Answer> answers) {

    public record Answer(
            @NotNull String questionId,
            @NotNull @Length(max = 12) List<@NotNull String> optionIds) {}
}
