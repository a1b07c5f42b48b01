package io.custos.identity.login;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** A TOTP or recovery code proving the second factor again within a session. */
public record StepUpCode(@NotNull @Length(max = 32) String code) {}
