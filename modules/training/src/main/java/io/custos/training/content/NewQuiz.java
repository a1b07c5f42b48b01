package io.custos.training.content;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Within;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A quiz as an author writes it: questions with their options (which are correct), the pass mark
 * in percent (the course's pass mark when left out), and optional pools: a question naming a pool is one of the pool's {@code draw}
 * questions picked at random for each attempt; questions without a pool are always asked.
 */
public record NewQuiz(
        @Within(min = 0, max = 100) Integer passMark,
        @NotNull @Length(min = 1, max = 200) List<@NotNull @Valid Question> questions,
        @Length(max = 50) List<@NotNull @Valid Pool> pools) {

    /** A question; SINGLE has exactly one correct option, MULTIPLE at least one. */
    public record Question(
            @NotNull @Length(min = 1, max = 2000) String text,
            @NotNull Quiz.Kind kind,
            @Length(min = 1, max = 40) String pool,
            @NotNull @Length(min = 2, max = 12) List<@NotNull @Valid Option> options) {}

    public record Option(
            @NotNull @Length(min = 1, max = 1000) String text,
            @NotNull Boolean correct) {}

    public record Pool(
            @NotNull @Length(min = 1, max = 40) String name,
            @NotNull @Within(min = 1, max = 200) Integer draw) {}
}
