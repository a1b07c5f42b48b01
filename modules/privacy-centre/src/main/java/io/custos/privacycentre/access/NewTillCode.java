package io.custos.privacycentre.access;

import jakarta.validation.constraints.NotNull;

/** The customer a till code is printed for. */
public record NewTillCode(@NotNull String customerId) {}
