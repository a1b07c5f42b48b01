package io.custos.training.completion;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Completions to import as JSON; rows are numbered from 1 in the order given. */
public record NewCompletions(
        @NotNull @Length(min = 1, max = CompletionImports.MAX_ROWS)
        List<@NotNull CompletionRow> completions) {}
