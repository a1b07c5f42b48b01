package io.custos.privacycentre.customer;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** A code printed at the till, with the e-mail address or phone number the customer registered. */
public record CodeRedemption(
        @NotNull @Length(min = 1, max = 20) String code,
        @NotNull @Length(min = 1, max = 254) String contact) {}
