package io.custos.consent.notice;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A notice to publish: its version is the next one of its purpose and language. */
public record NewNotice(
        @NotNull String purpose,

        @NotNull
        @Pattern(
                regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                message = "must be a language tag such as en, de or pt-BR")
        String language,

        @NotNull @Present @Length(max = 200) String title,
        @NotNull @Present @Length(max = 20000) String text) {}
