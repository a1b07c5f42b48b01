package io.custos.webhooks.delivery;

import io.custos.platform.jobs.Backoff;
import io.custos.platform.outbox.OutboxHandler;
import io.custos.platform.outbox.OutboxMessage;
import io.custos.platform.problem.DomainProblem;
import io.custos.webhooks.endpoint.Destinations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends a queued delivery: the destination checked again (DNS can change), signed with every
 * secret valid now, each attempt logged. A failure to be retried is thrown, so that the outbox
 * tries again with its exponential back-off.
 */
@ApplicationScoped
public class DeliveryHandler implements OutboxHandler {

    @Inject
    Deliveries deliveries;

    @Inject
    Destinations destinations;

    @Inject
    Sender sender;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return Deliveries.OUTBOX_KIND;
    }

    @Override
    public void deliver(OutboxMessage message) throws NotDelivered {
        Optional<Deliveries.Prepared> prepared = deliveries.prepare(message.payload());
        if (prepared.isEmpty()) {
            return;
        }
        Deliveries.Prepared delivery = prepared.get();
        Sender.Outcome outcome;
        try {
            URI url = destinations.check(delivery.url());
            long timestamp = clock.instant().getEpochSecond();
            outcome = sender.send(
                    url,
                    delivery.id(),
                    timestamp,
                    Signature.header(delivery.keys(), delivery.id(), timestamp, delivery.body()),
                    delivery.body());
        } catch (DomainProblem refused) {
            outcome = Sender.Outcome.refused(clock.instant(), refused.getMessage());
        }
        boolean lastChance = Backoff.STANDARD.givesUpAfter(message.attempt());
        if (deliveries.record(delivery.id(), outcome, lastChance)) {
            throw new NotDelivered(outcome.error());
        }
    }

    /** An attempt failed and is to be retried. */
    static class NotDelivered extends Exception {
        NotDelivered(String why) {
            super(why);
        }
    }
}
