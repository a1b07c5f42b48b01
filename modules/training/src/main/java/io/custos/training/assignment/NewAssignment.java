package io.custos.training.assignment;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A course assigned by hand; without {@code dueAt} it is due after the usual grace period. */
public record NewAssignment(
        @NotNull String staffId, @NotNull String courseCode, Instant dueAt) {}
