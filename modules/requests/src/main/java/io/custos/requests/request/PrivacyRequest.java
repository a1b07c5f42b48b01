package io.custos.requests.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A data subject's request, due by the date their rule pack sets (later, once, if extended). */
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
        DONE
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

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "extended_due_at")
    private Instant extendedDueAt;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    @Column(name = "fulfilled_by")
    private String fulfilledBy;

    @Column(name = "outcome")
    private String outcome;

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
            Instant receivedAt,
            Instant dueAt,
            String receivedBy) {
        this.id = id;
        this.customerId = customerId;
        this.type = type;
        this.note = note;
        this.packCode = packCode;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.receivedBy = receivedBy;
        this.status = Status.OPEN;
    }

    void extend(Instant until, String reason) {
        extendedDueAt = until;
        extensionReason = reason;
    }

    void fulfil(String staffId, Instant at, String outcomeJson) {
        status = Status.DONE;
        fulfilledBy = staffId;
        fulfilledAt = at;
        outcome = outcomeJson;
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
                fulfilledAt,
                fulfilledBy,
                null);
    }
}
