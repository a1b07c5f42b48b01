package io.custos.identity.mfa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.OptionalLong;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A staff member's TOTP secret, sealed under the master key, and the last step used. */
@Entity
@Table(name = "identity_totp")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class TotpCredential {

    @Id
    @Column(name = "staff_id")
    private String staffId;

    @Column(name = "sealed_secret", nullable = false)
    private String sealedSecret;

    @Column(name = "confirmed", nullable = false)
    private boolean confirmed;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected TotpCredential() {}

    TotpCredential(String staffId, String sealedSecret, Instant now) {
        this.staffId = staffId;
        this.sealedSecret = sealedSecret;
        this.createdAt = now;
    }

    String staffId() {
        return staffId;
    }

    String sealedSecret() {
        return sealedSecret;
    }

    boolean isConfirmed() {
        return confirmed;
    }

    /** Replaces an unconfirmed secret (a new enrolment started over). */
    void restart(String sealedSecret, Instant now) {
        this.sealedSecret = sealedSecret;
        this.createdAt = now;
        this.lastUsedStep = 0;
    }

    /** Accepts the code's step once: a later use of the same or an earlier step is refused. */
    boolean use(OptionalLong step) {
        if (step.isEmpty()) {
            return false;
        }
        lastUsedStep = step.getAsLong();
        return true;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }

    void confirm() {
        confirmed = true;
    }
}
