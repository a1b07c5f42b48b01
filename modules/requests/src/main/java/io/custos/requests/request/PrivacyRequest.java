package io.custos.requests.request;

import io.custos.platform.tenancy.TenantId;
import io.custos.requests.api.PrivacyRequestChanged;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A data subject's request, due by the date their rule pack sets (later, once, if extended; later
 * by the time its clock stood still where the law lets it stop), acknowledged by its own date
 * where the pack sets one.
 */
@Entity
@Table(name = "requests_privacy_request")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class PrivacyRequest {

    public enum Type {
        ACCESS,
        ERASURE,
        RECTIFICATION,
        OPT_OUT
    }

    public enum Status {
        OPEN,
        /** The clock stands still until the requester proves who they are. */
        AWAITING_IDENTITY_VERIFICATION,
        /** The clock stands still until the requester says what they ask for. */
        AWAITING_CLARIFICATION,
        DONE;

        static Status awaiting(ClockStop.Reason reason) {
            return switch (reason) {
                case IDENTITY_VERIFICATION -> AWAITING_IDENTITY_VERIFICATION;
                case CLARIFICATION -> AWAITING_CLARIFICATION;
            };
        }

        boolean clockStopped() {
            return this == AWAITING_IDENTITY_VERIFICATION || this == AWAITING_CLARIFICATION;
        }
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private Type type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "note")
    private String note;

    @Column(name = "pack_code", nullable = false)
    private String packCode;

    @Column(name = "place_country")
    private String placeCountry;

    @Column(name = "place_subdivision")
    private String placeSubdivision;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "extended_due_at")
    private Instant extendedDueAt;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "acknowledge_due_at")
    private Instant acknowledgeDueAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "clock_stops")
    private String clockStops;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_method")
    private IdentityVerification.Method verificationMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_result")
    private IdentityVerification.Result verificationResult;

    @Column(name = "verification_note")
    private String verificationNote;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    @Column(name = "fulfilled_by")
    private String fulfilledBy;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "archive_sha256")
    private String archiveSha256;

    @Column(name = "archive_created_at")
    private Instant archiveCreatedAt;

    @Column(name = "archive_expires_at")
    private Instant archiveExpiresAt;

    @Column(name = "archive_erased_at")
    private Instant archiveErasedAt;

    @Column(name = "archive_downloads")
    private int archiveDownloads;

    @Version
    @Column(name = "version")
    private long version;

    protected PrivacyRequest() {}

    PrivacyRequest(
            String id,
            String customerId,
            Type type,
            String note,
            String packCode,
            String placeCountry,
            String placeSubdivision,
            Instant receivedAt,
            Instant dueAt,
            Instant acknowledgeDueAt,
            String receivedBy) {
        this.id = id;
        this.customerId = customerId;
        this.type = type;
        this.note = note;
        this.packCode = packCode;
        this.placeCountry = placeCountry;
        this.placeSubdivision = placeSubdivision;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.acknowledgeDueAt = acknowledgeDueAt;
        this.receivedBy = receivedBy;
        this.status = Status.OPEN;
    }

    void extend(Instant until, String reason) {
        extendedDueAt = until;
        extensionReason = reason;
    }

    void fulfil(String staffId, Instant at) {
        status = Status.DONE;
        fulfilledBy = staffId;
        fulfilledAt = at;
    }

    void recordOutcome(String outcomeJson) {
        outcome = outcomeJson;
    }

    /** The archive handed over is kept until {@code expiresAt}; its hash for good. */
    void archived(String sha256, Instant at, Instant expiresAt) {
        archiveSha256 = sha256;
        archiveCreatedAt = at;
        archiveExpiresAt = expiresAt;
    }

    void archiveErased(Instant at) {
        archiveErasedAt = at;
    }

    /** The archive, if this request produced one (access requests fulfilled since archives exist). */
    Optional<ArchiveView> archive() {
        return archiveSha256 == null
                ? Optional.empty()
                : Optional.of(new ArchiveView(
                        archiveSha256, archiveCreatedAt, archiveExpiresAt, archiveErasedAt, archiveDownloads));
    }

    void acknowledge(String staffId, Instant at) {
        acknowledgedAt = at;
        acknowledgedBy = staffId;
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    void stopClock(ClockStop.Reason reason, String note, String staffId, Instant at) {
        List<ClockStop> stops = new ArrayList<>(clockStops());
        stops.add(new ClockStop(reason, note, at, staffId, null, null, effectiveDueAt(), null));
        clockStops = ClockStop.write(stops);
        status = Status.awaiting(reason);
    }

    /** Restarts the clock with the dates the law's calendar gives once the time stopped is left out. */
    ClockStop restartClock(String staffId, Instant at, Instant newDueAt, Instant newExtendedDueAt) {
        List<ClockStop> stops = new ArrayList<>(clockStops());
        dueAt = newDueAt;
        extendedDueAt = newExtendedDueAt;
        ClockStop resumed = stops.remove(stops.size() - 1).resumed(at, staffId, effectiveDueAt());
        stops.add(resumed);
        clockStops = ClockStop.write(stops);
        status = Status.OPEN;
        return resumed;
    }

    List<ClockStop> clockStops() {
        return ClockStop.read(clockStops);
    }

    /** When the clock that stands still was stopped. */
    Instant clockStoppedAt() {
        List<ClockStop> stops = clockStops();
        return stops.get(stops.size() - 1).stoppedAt();
    }

    void verifyIdentity(IdentityVerification verification) {
        verificationMethod = verification.method();
        verificationResult = verification.result();
        verificationNote = verification.note();
        verifiedBy = verification.verifiedBy();
        verifiedAt = verification.verifiedAt();
    }

    /** The latest verification of the requester's identity, if any was made. */
    Optional<IdentityVerification> identityVerification() {
        return verificationResult == null
                ? Optional.empty()
                : Optional.of(new IdentityVerification(
                        verificationMethod, verificationResult, verificationNote, verifiedBy, verifiedAt));
    }

    String placeCountry() {
        return placeCountry;
    }

    String placeSubdivision() {
        return placeSubdivision;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant extendedDueAt() {
        return extendedDueAt;
    }

    /** The date in force: the extended one once the extension is taken. */
    Instant effectiveDueAt() {
        return extendedDueAt != null ? extendedDueAt : dueAt;
    }

    String id() {
        return id;
    }

    String customerId() {
        return customerId;
    }

    Type type() {
        return type;
    }

    Status status() {
        return status;
    }

    String packCode() {
        return packCode;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    boolean extended() {
        return extendedDueAt != null;
    }

    /** The event (and audit entry) of a step taken on this request. */
    PrivacyRequestChanged changed(
            TenantId tenant, String actorId, String step, Map<String, Object> outcome, Instant at) {
        return new PrivacyRequestChanged(
                tenant, actorId, id, step, type.name(), customerId, effectiveDueAt(), outcome, at);
    }

    /** What the customer's access archive lists of their requests. */
    Summary summary() {
        return new Summary(id, type, status, receivedAt, effectiveDueAt(), acknowledgedAt, fulfilledAt);
    }

    @JsonbPropertyOrder({"id", "type", "status", "receivedAt", "dueAt", "acknowledgedAt", "fulfilledAt"})
    public record Summary(
            String id,
            Type type,
            Status status,
            Instant receivedAt,
            Instant dueAt,
            Instant acknowledgedAt,
            Instant fulfilledAt) {}

    PrivacyRequestView view(Instant now) {
        return new PrivacyRequestView(
                id,
                customerId,
                type,
                status,
                note,
                packCode,
                receivedAt,
                effectiveDueAt(),
                dueAt,
                extendedDueAt,
                extensionReason,
                status == Status.OPEN && effectiveDueAt().isBefore(now),
                acknowledgeDueAt,
                acknowledgedAt,
                acknowledgedBy,
                acknowledgeDueAt != null
                        && acknowledgedAt == null
                        && status != Status.DONE
                        && acknowledgeDueAt.isBefore(now),
                clockStops(),
                identityVerification().orElse(null),
                fulfilledAt,
                fulfilledBy,
                archive().orElse(null),
                null);
    }
}
