package io.custos.requests.request;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** Stopping a request's clock: for what the chain now waits, and a note for the file. */
public record NewClockStop(
        @NotNull ClockStop.Reason reason, @Length(max = 500) String note) {}
