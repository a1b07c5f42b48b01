package io.custos.training.acknowledgment;

import jakarta.validation.constraints.NotNull;

/**
 * An acknowledgment of a course version. A version with a quiz needs a passed attempt of it first;
 * the score recorded is that attempt's. {@code score} is what clients sent before the server scored
 * quizzes: still bound (a wrong type is a 400, as the contract says) so that they keep working, and
 * never read.
 */
public record Acknowledge(@NotNull String version, Integer score) {}
