package io.custos.consent.purpose;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A tenant's own purpose, such as LOYALTY_NEWSLETTER following MARKETING_EMAIL. */
public record NewPurpose(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be 2-40 upper-case letters, digits or _")
        String code,

        @NotNull @Present @Length(max = 200) String description,
        String follows) {}
