package io.custos.platform.approval;

import io.custos.platform.id.Ids;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.Forbidden;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An action held for a second person's decision. It is decided once: approved or rejected by
 * someone other than its requester, with a reason, before it expires.
 */
@Entity
@Table(name = "platform_approval")
public class Approval {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED,
        EXPIRED
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "request", nullable = false)
    private String request;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requester_amr", nullable = false)
    private String requesterAmr;

    @Column(name = "request_reason")
    private String requestReason;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "result")
    private String result;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Approval() {}

    Approval(
            String tenantId,
            String action,
            String request,
            String requestedBy,
            String requesterAmr,
            String requestReason,
            Instant requestedAt,
            Instant expiresAt) {
        this.id = Ids.newId();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.action = Objects.requireNonNull(action);
        this.request = Objects.requireNonNull(request);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requesterAmr = Objects.requireNonNull(requesterAmr);
        this.requestReason = requestReason;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        if (!expiresAt.isAfter(requestedAt)) {
            throw new IllegalArgumentException("an approval expires after it is requested");
        }
        this.expiresAt = expiresAt;
        this.status = Status.PENDING;
    }

    /** The status as of {@code now}: a pending approval past its expiry is expired even before the sweep marks it. */
    public Status statusAt(Instant now) {
        return status == Status.PENDING && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
    }

    /** Approves it; the caller then runs the action in the same transaction. */
    void approve(String by, String reason, Instant now) {
        decide(by, reason, now, Status.APPROVED);
    }

    void reject(String by, String reason, Instant now) {
        decide(by, reason, now, Status.REJECTED);
    }

    /** Marks a pending approval past its expiry; false when it is not (still running, or decided). */
    boolean expire(Instant now) {
        if (status != Status.PENDING || now.isBefore(expiresAt)) {
            return false;
        }
        status = Status.EXPIRED;
        decidedAt = expiresAt;
        return true;
    }

    void recordResult(String result) {
        this.result = result;
    }

    private void decide(String by, String reason, Instant now, Status decision) {
        Status current = statusAt(now);
        if (current == Status.EXPIRED) {
            throw new Conflict("approval-expired", "approval " + id + " expired at " + expiresAt);
        }
        if (current != Status.PENDING) {
            throw new Conflict("approval-decided", "approval " + id + " was already " + current);
        }
        if (by.equals(requestedBy)) {
            throw new SelfApproval();
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = Objects.requireNonNull(reason);
    }

    /** The requester of an action never decides it: four eyes means two people. */
    static final class SelfApproval extends Forbidden {
        SelfApproval() {
            super("grant", "nobody decides an approval they requested: a second admin must");
        }

        @Override
        public io.custos.platform.problem.Problem problem() {
            return io.custos.platform.problem.Problem.of(403, "self-approval", "Forbidden", getMessage())
                    .with("gate", gate());
        }
    }

    public String id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    public String action() {
        return action;
    }

    public String request() {
        return request;
    }

    public String requestedBy() {
        return requestedBy;
    }

    String requesterAmr() {
        return requesterAmr;
    }

    public String requestReason() {
        return requestReason;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String result() {
        return result;
    }
}
