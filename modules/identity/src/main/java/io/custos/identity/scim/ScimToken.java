package io.custos.identity.scim;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's SCIM bearer token: only the SHA-256 of its secret is kept; the secret is shown once, at
 * creation and at each rotation. A revoked token stays as history.
 */
@Entity
@Table(name = "identity_scim_token")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class ScimToken {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected ScimToken() {}

    ScimToken(String name, String secretHash, String createdBy, Instant now) {
        this.id = Ids.newId();
        this.name = name;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The old secret stops working at once. */
    void rotate(String newSecretHash, Instant now) {
        secretHash = newSecretHash;
        rotatedAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    String secretHash() {
        return secretHash;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant rotatedAt() {
        return rotatedAt;
    }
}
