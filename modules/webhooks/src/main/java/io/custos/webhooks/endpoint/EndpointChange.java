package io.custos.webhooks.endpoint;

import io.custos.platform.validation.Length;
import java.util.List;

/** Changes to an endpoint; absent fields stay. The secret changes only by rotation. */
public record EndpointChange(
        @Length(min = 1, max = 2000) String url,
        @Length(max = 500) String description,

        @Length(min = 1, message = "must name at least one event type")
        List<String> eventTypes) {}
