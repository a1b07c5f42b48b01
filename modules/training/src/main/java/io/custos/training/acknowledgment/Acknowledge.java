package io.custos.training.acknowledgment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An acknowledgment of a course version, with the quiz score when the course has a quiz. */
public record Acknowledge(
        @NotNull String version, @Min(0) @Max(100) Integer score) {}
