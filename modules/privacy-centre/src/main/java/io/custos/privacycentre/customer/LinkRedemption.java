package io.custos.privacycentre.customer;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** The token of a link the store sent (the part after {@code #link=}). */
public record LinkRedemption(
        @NotNull @Length(min = 1, max = 100) String token) {}
