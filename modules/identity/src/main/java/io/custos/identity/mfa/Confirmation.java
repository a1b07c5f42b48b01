package io.custos.identity.mfa;

import jakarta.validation.constraints.NotNull;

/** A code from the authenticator app. */
public record Confirmation(@NotNull String code) {}
