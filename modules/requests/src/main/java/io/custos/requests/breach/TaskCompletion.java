package io.custos.requests.breach;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** How a notification was made (reference of the authority's case, the channel used for individuals). */
public record TaskCompletion(
        @NotNull @Present @Length(max = 1000) String note) {}
