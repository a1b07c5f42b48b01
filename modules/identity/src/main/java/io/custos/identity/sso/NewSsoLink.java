package io.custos.identity.sso;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** Binds the person the provider calls {@code subject} (its {@code sub}) to staff member {@code staffId}. */
public record NewSsoLink(
        @NotNull @Length(min = 1, max = 36) String staffId,
        @NotNull @Length(min = 1, max = 255) String subject) {}
