package io.custos.webhooks.endpoint;

import java.time.Instant;
import java.util.List;

/** An endpoint as the API shows it: never its secret. */
public record EndpointView(
        String id,
        String url,
        String description,
        List<String> eventTypes,
        boolean enabled,
        String disabledReason,
        int failuresInARow,
        Instant previousSecretValidUntil,
        Instant createdAt) {

    static EndpointView of(Endpoint endpoint, Instant now) {
        return new EndpointView(
                endpoint.id(),
                endpoint.url(),
                endpoint.description(),
                endpoint.eventTypes().stream().map(EventType::code).toList(),
                endpoint.isEnabled(),
                endpoint.disabledReason(),
                endpoint.failuresInARow(),
                endpoint.previousSecretUntil(now),
                endpoint.createdAt());
    }
}
