package io.custos.requests.api;

import io.custos.platform.security.Caller;
import java.time.Instant;
import java.util.List;

/**
 * Data-subject requests as customers file and follow them themselves (the privacy centre): received
 * like staff's, on the legal clock of the customer's rule pack, with the customer as the actor.
 */
public interface CustomerRequests {

    /** What a customer may ask for on their own; corrections go through staff, who see the record. */
    enum Kind {
        ACCESS,
        ERASURE,
        OPT_OUT
    }

    /** Receives a request of the calling data subject about their own record. */
    Filed file(Caller subject, Kind kind, String note);

    /** The customer's requests, newest first. */
    List<Filed> of(String customerId);

    /** A request as its requester follows it: where it stands and by when it is due. */
    record Filed(
            String id,
            String type,
            String status,
            Instant receivedAt,
            Instant dueAt,
            Instant acknowledgedAt,
            Instant fulfilledAt) {}
}
