package io.custos.privacycentre.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A way into the privacy centre staff handed one customer: a link sent to them or a code printed at
 * the till. Only the secret's hash is kept; it may be redeemed until it expires.
 */
@Entity
@Table(name = "centre_pass")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Pass {

    public enum Kind {
        /** A long random token in a URL: holding it is enough. */
        LINK,
        /** A short code to type: it also needs the e-mail address or phone number the customer registered. */
        CODE
    }

    @Id
    @Column(name = "id")
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "secret_sha256", nullable = false)
    private String secretSha256;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Pass() {}

    Pass(
            String id,
            Kind kind,
            String secretSha256,
            String customerId,
            String issuedBy,
            Instant issuedAt,
            Instant expiresAt) {
        this.id = id;
        this.kind = kind;
        this.secretSha256 = secretSha256;
        this.customerId = customerId;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    String id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    String customerId() {
        return customerId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
