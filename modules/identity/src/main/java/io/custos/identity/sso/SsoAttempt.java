package io.custos.identity.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A sign-in sent to a provider and not back yet: what the callback must find again on whichever
 * instance it reaches. Found by the hash of the {@code state}'s secret, used once (deleted), and
 * only by the browser that began it (the hash of its binding cookie).
 */
@Entity
@Table(name = "identity_sso_attempt")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class SsoAttempt {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "nonce", nullable = false)
    private String nonce;

    @Column(name = "code_verifier", nullable = false)
    private String codeVerifier;

    @Column(name = "browser_hash", nullable = false)
    private String browserHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SsoAttempt() {}

    SsoAttempt(
            String stateHash,
            String providerId,
            String nonce,
            String codeVerifier,
            String browserHash,
            Instant expiresAt) {
        this.id = stateHash;
        this.providerId = providerId;
        this.nonce = nonce;
        this.codeVerifier = codeVerifier;
        this.browserHash = browserHash;
        this.expiresAt = expiresAt;
    }

    String providerId() {
        return providerId;
    }

    String nonce() {
        return nonce;
    }

    String codeVerifier() {
        return codeVerifier;
    }

    boolean isFor(String browserHash, Instant now) {
        return this.browserHash.equals(browserHash) && now.isBefore(expiresAt);
    }
}
