package io.custos.customers.customer;

import jakarta.validation.constraints.NotNull;

/** A new owner (and optionally team) for a customer. */
public record Transfer(@NotNull String ownerId, String teamId) {}
