package io.custos.identity.breakglass;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** A reviewer's verdict on a break-glass use. */
public record Review(
        @NotNull Boolean justified,
        @NotNull @Present @Length(max = 2000) String note) {}
