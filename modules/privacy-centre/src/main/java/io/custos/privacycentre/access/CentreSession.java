package io.custos.privacycentre.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A customer's session in the privacy centre, kept in the database (by its cookie's hash) so that
 * every instance resumes it. It lapses after a short idle time and ends at the latest after a
 * fixed time, whatever the activity; signing out ends it at once.
 */
@Entity
@Table(name = "centre_session")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class CentreSession {

    /** A customer checking a few choices needs minutes; a cookie left in a shared browser should not last. */
    static final Duration IDLE = Duration.ofMinutes(15);

    static final Duration LONGEST = Duration.ofHours(2);

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "token_sha256", nullable = false)
    private String tokenSha256;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "pass_id", nullable = false)
    private String passId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "idle_until", nullable = false)
    private Instant idleUntil;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CentreSession() {}

    CentreSession(String id, String tokenSha256, String customerId, String passId, Instant now) {
        this.id = id;
        this.tokenSha256 = tokenSha256;
        this.customerId = customerId;
        this.passId = passId;
        this.startedAt = now;
        this.idleUntil = now.plus(IDLE);
        this.endsAt = now.plus(LONGEST);
    }

    boolean activeAt(Instant now) {
        return endedAt == null && idleUntil.isAfter(now) && endsAt.isAfter(now);
    }

    /** A request in the session keeps it from idling out, never past its end. */
    void touch(Instant now) {
        Instant next = now.plus(IDLE);
        idleUntil = next.isBefore(endsAt) ? next : endsAt;
    }

    void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    String id() {
        return id;
    }

    String customerId() {
        return customerId;
    }

    Instant idleUntil() {
        return idleUntil;
    }
}
