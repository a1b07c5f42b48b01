package io.custos.requests.request;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A data-subject request. {@code dueAt} is the date in force (the extended one once taken);
 * {@code originalDueAt} the pack's first date. {@code result} comes only with fulfilment: for an
 * access request, the bundle of the customer's data, consents and access log.
 */
public record PrivacyRequestView(
        String id,
        String customerId,
        PrivacyRequest.Type type,
        PrivacyRequest.Status status,
        String note,
        String rulePack,
        Instant receivedAt,
        Instant dueAt,
        Instant originalDueAt,
        Instant extendedDueAt,
        String extensionReason,
        boolean overdue,
        Instant fulfilledAt,
        String fulfilledBy,
        JsonObject result) {

    PrivacyRequestView withResult(JsonObject result) {
        return new PrivacyRequestView(
                id,
                customerId,
                type,
                status,
                note,
                rulePack,
                receivedAt,
                dueAt,
                originalDueAt,
                extendedDueAt,
                extensionReason,
                overdue,
                fulfilledAt,
                fulfilledBy,
                result);
    }
}
