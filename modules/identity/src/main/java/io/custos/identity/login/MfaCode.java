package io.custos.identity.login;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** The second step of a login: the challenge token and a TOTP or recovery code. */
public record MfaCode(
        @NotNull @Length(max = 4096) String mfaToken,
        @NotNull @Length(max = 32) String code) {}
