package io.custos.identity.breakglass;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.id.Ids;
import io.custos.platform.problem.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One use of break-glass: a staff member's emergency access to one customer or every customer of
 * one store, from its opening until it expires or is closed, and its review by someone else. The
 * review falls due a set time after the use ends (its expiry, or its closing if earlier).
 */
@Entity
@Table(name = "identity_break_glass")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class BreakGlass {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "store_id")
    private String storeId;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "review_due_at", nullable = false)
    private Instant reviewDueAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "justified")
    private Boolean justified;

    @Column(name = "review_note")
    private String reviewNote;

    @Version
    @Column(name = "version")
    private long version;

    protected BreakGlass() {}

    BreakGlass(
            String staffId,
            String customerId,
            String storeId,
            String reason,
            Instant now,
            Duration lasting,
            Duration reviewWithin) {
        this.id = Ids.newId();
        this.staffId = staffId;
        this.customerId = customerId;
        this.storeId = storeId;
        this.reason = reason;
        this.openedAt = now;
        this.expiresAt = now.plus(lasting);
        this.reviewDueAt = expiresAt.plus(reviewWithin);
    }

    /** In force at {@code now}: not closed, and not yet expired by the clock. */
    public boolean isOpenAt(Instant now) {
        return closedAt == null && now.isBefore(expiresAt);
    }

    public Status statusAt(Instant now) {
        if (closedAt != null) {
            return Status.CLOSED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    /** Not reviewed and past its review's deadline. */
    public boolean isOverdueAt(Instant now) {
        return reviewedAt == null && !now.isBefore(reviewDueAt);
    }

    /** Ends the use now; its review then falls due as long after now as it would have after expiry. */
    void close(String by, Instant now) {
        if (!isOpenAt(now)) {
            throw new Conflict("break-glass-ended", "break-glass " + id + " has ended already");
        }
        this.reviewDueAt = now.plus(Duration.between(expiresAt, reviewDueAt));
        this.closedAt = now;
        this.closedBy = by;
    }

    void review(String by, boolean justified, String note, Instant now) {
        if (reviewedAt != null) {
            throw new Conflict("break-glass-reviewed", "break-glass " + id + " was reviewed already");
        }
        this.reviewedAt = now;
        this.reviewedBy = by;
        this.justified = justified;
        this.reviewNote = note;
    }

    /** What the access decision keeps of an open use between requests. */
    public Cover cover() {
        return new Cover(id, customerId, storeId, reason, expiresAt);
    }

    public String id() {
        return id;
    }

    public String staffId() {
        return staffId;
    }

    public String customerId() {
        return customerId;
    }

    public String storeId() {
        return storeId;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant reviewDueAt() {
        return reviewDueAt;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Boolean justified() {
        return justified;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public enum Status {
        OPEN,
        CLOSED,
        EXPIRED
    }

    /**
     * An open use as a cached staff context holds it: closing it changes the context's version, so
     * only its expiry is left to check, against the clock of each decision.
     */
    public record Cover(String id, String customerId, String storeId, String reason, Instant expiresAt) {

        public boolean covers(CustomerFacts customer, Instant now) {
            if (!now.isBefore(expiresAt)) {
                return false;
            }
            return customerId != null
                    ? customerId.equals(customer.customerId())
                    : Objects.equals(storeId, customer.storeId());
        }

        /** How the grant gate names it, in the decision and on the audit trail. */
        public String detail() {
            return "break-glass " + id + ": " + reason;
        }
    }
}
