package io.custos.consent.ledger;

import io.custos.platform.problem.Gone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The link a double opt-in mail carries, by the SHA-256 of its token: it confirms its PENDING
 * event once, before it expires.
 */
@Entity
@Table(name = "consent_confirmation")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class ConsentConfirmation {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(name = "pending_event_id", nullable = false, updatable = false)
    private String pendingEventId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_event_id")
    private String confirmedEventId;

    @Version
    @Column(name = "version")
    private long version;

    protected ConsentConfirmation() {}

    ConsentConfirmation(String id, String tokenSha256, String customerId, String pendingEventId, Instant expiresAt) {
        this.id = id;
        this.tokenSha256 = tokenSha256;
        this.customerId = customerId;
        this.pendingEventId = pendingEventId;
        this.expiresAt = expiresAt;
    }

    /** Refuses a used or expired link with 410; the same answer whoever asks, naming nothing of the customer. */
    void requireUsable(Instant now) {
        if (confirmedAt != null) {
            throw new Gone("confirmation-used", "This confirmation link was used already");
        }
        if (!now.isBefore(expiresAt)) {
            throw new Gone("confirmation-expired", "This confirmation link has expired");
        }
    }

    void confirmed(String eventId, Instant at) {
        this.confirmedEventId = eventId;
        this.confirmedAt = at;
    }

    String id() {
        return id;
    }

    String customerId() {
        return customerId;
    }

    String pendingEventId() {
        return pendingEventId;
    }
}
