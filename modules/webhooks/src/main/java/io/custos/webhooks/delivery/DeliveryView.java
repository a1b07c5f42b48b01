package io.custos.webhooks.delivery;

import java.time.Instant;
import java.util.List;

/** A delivery in an endpoint's log, with each of its attempts. */
public record DeliveryView(
        String id,
        String eventType,
        Delivery.Status status,
        Instant createdAt,
        Instant lastAttemptAt,
        List<DeliveryAttempt.AttemptView> attempts) {

    static DeliveryView of(Delivery delivery, List<DeliveryAttempt.AttemptView> attempts) {
        return new DeliveryView(
                delivery.id(),
                delivery.eventType(),
                delivery.status(),
                delivery.createdAt(),
                delivery.lastAttemptAt(),
                attempts);
    }
}
