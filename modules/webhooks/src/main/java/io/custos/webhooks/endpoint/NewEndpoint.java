package io.custos.webhooks.endpoint;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** An endpoint to register: where, what it is for, and which event types it receives. */
public record NewEndpoint(
        @NotNull @Length(min = 1, max = 2000) String url,
        @Length(max = 500) String description,

        @NotNull @Length(min = 1, message = "must name at least one event type")
        List<String> eventTypes) {}
