package io.custos.requests.request;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A data-subject request. {@code dueAt} is the date in force (the extended one once taken);
 * {@code originalDueAt} the pack's first date, moved by the time the clock stood still;
 * {@code overdue} is false while it stands. {@code acknowledgeDueAt} is set where the pack sets
 * an acknowledgment deadline. {@code clockStops} is the history of the clock's stops, the last
 * open while the request awaits the requester. {@code identityVerification} is the latest one
 * made. {@code archive} is the zip an access request produced, downloadable for the tenant's
 * window. {@code result} comes only with fulfilment: for an access request, the bundle of the
 * customer's data, consents, access log and privacy requests.
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
        Instant acknowledgeDueAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        boolean acknowledgmentOverdue,
        List<ClockStop> clockStops,
        IdentityVerification identityVerification,
        Instant fulfilledAt,
        String fulfilledBy,
        ArchiveView archive,
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
                acknowledgeDueAt,
                acknowledgedAt,
                acknowledgedBy,
                acknowledgmentOverdue,
                clockStops,
                identityVerification,
                fulfilledAt,
                fulfilledBy,
                archive,
                result);
    }
}
