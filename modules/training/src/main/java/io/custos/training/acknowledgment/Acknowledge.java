package io.custos.training.acknowledgment;

import io.custos.platform.validation.Within;
import jakarta.validation.constraints.NotNull;

/** An acknowledgment of a course version, with the quiz score when the course has a quiz. */
public record Acknowledge(
        @NotNull String version, @Within(min = 0, max = 100) Integer score) {}
