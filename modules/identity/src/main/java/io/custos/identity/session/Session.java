package io.custos.identity.session;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A signed-in session of a staff member: the authentication it began with ({@code amr},
 * {@code auth_time}), the hash of its current refresh token, and its idle and absolute limits.
 * Once ended it stays ended, and its access tokens are refused.
 */
@Entity
@Table(name = "identity_session")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Session {

    /** Why a session ended, as kept in {@code end_reason} and the audit trail. */
    public enum EndReason {
        LOGOUT("logout"),
        ENDED_BY_OWNER("ended-by-owner"),
        ENDED_BY_ADMIN("ended-by-admin"),
        STAFF_SUSPENDED("staff-suspended"),
        STAFF_OFFBOARDED("staff-offboarded"),
        MFA_RESET("mfa-reset"),
        PASSWORD_RESET("password-reset"),
        PASSWORD_CHANGED("password-changed"),
        REFRESH_TOKEN_REUSED("refresh-token-reused"),
        IDLE("idle-timeout"),
        EXPIRED("expired");

        private final String code;

        EndReason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    /** The authentication methods in the order used, space-separated ({@code pwd otp}). */
    @Column(name = "methods", nullable = false)
    private String methods;

    @Column(name = "auth_time", nullable = false)
    private Instant authTime;

    @Column(name = "refresh_token_hash", nullable = false)
    private String refreshTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    @Column(name = "version")
    private long version;

    protected Session() {}

    Session(String staffId, List<String> methods, String refreshTokenHash, Instant now, Duration maxLifetime) {
        this.id = Ids.newId();
        this.staffId = staffId;
        this.methods = String.join(" ", methods);
        this.authTime = now;
        this.refreshTokenHash = refreshTokenHash;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = now.plus(maxLifetime);
    }

    /** Why this session can no longer be refreshed at {@code now}, or empty while it can. */
    Optional<EndReason> lapse(Instant now, Duration idleTimeout) {
        if (!now.isBefore(expiresAt)) {
            return Optional.of(EndReason.EXPIRED);
        }
        if (!now.isBefore(lastUsedAt.plus(idleTimeout))) {
            return Optional.of(EndReason.IDLE);
        }
        return Optional.empty();
    }

    boolean isCurrentToken(String tokenHash) {
        return refreshTokenHash.equals(tokenHash);
    }

    /** Replaces the refresh token by a new one; the session counts as used now. */
    void rotate(String newTokenHash, Instant now) {
        if (isEnded()) {
            throw new IllegalStateException("session " + id + " has ended");
        }
        refreshTokenHash = newTokenHash;
        lastUsedAt = now;
    }

    /**
     * The staff member proved the second factor again: the session's methods gain {@code otp} and
     * its authentication time becomes now, for this and every later token of the session.
     */
    void stepUp(String secondFactor, Instant now) {
        if (isEnded()) {
            throw new IllegalStateException("session " + id + " has ended");
        }
        if (!methods().contains(secondFactor)) {
            methods = methods + " " + secondFactor;
        }
        authTime = now;
        lastUsedAt = now;
    }

    /** Ends the session; true when this call ended it, false when it had ended already. */
    boolean end(EndReason reason, Instant now) {
        if (isEnded()) {
            return false;
        }
        endedAt = now;
        endReason = reason.code();
        return true;
    }

    /** Still usable at {@code now} for the requests of its access tokens. */
    boolean isActiveAt(Instant now) {
        return !isEnded() && now.isBefore(expiresAt);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    /** The seconds until the absolute end of the session (at least 0). */
    long secondsLeft(Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).toSeconds());
    }

    public String id() {
        return id;
    }

    public String staffId() {
        return staffId;
    }

    public List<String> methods() {
        return Arrays.asList(methods.split(" "));
    }

    public Instant authTime() {
        return authTime;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }
}
