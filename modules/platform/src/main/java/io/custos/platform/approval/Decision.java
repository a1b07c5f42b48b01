package io.custos.platform.approval;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** Why an approval is approved or rejected. */
public record Decision(@NotNull @Present @Length(max = 500) String reason) {}
