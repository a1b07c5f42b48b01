package io.custos.identity.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The hash of a refresh token a session issued; kept after rotation so that its reuse is recognised. */
@Entity
@Table(name = "identity_session_token")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class SessionToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected SessionToken() {}

    SessionToken(String tokenHash, String sessionId, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.issuedAt = issuedAt;
    }

    String sessionId() {
        return sessionId;
    }
}
