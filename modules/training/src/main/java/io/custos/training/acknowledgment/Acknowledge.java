package io.custos.training.acknowledgment;

import jakarta.validation.constraints.NotNull;

/**
 * An acknowledgment of a course version. A version with a quiz needs a passed attempt of it first;
 * the score recorded is that attempt's (a {@code score} sent by a client is ignored).
 */
public record Acknowledge(@NotNull String version) {}
