package io.custos.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One caller's Idempotency-Key: claimed while its first request is served ({@code status} 0 and
 * the claim's id), then the first answer to that request, kept 24 h.
 */
@Entity
@Table(name = "platform_idempotency")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    private static final int IN_FLIGHT = 0;

    /** A claim this old belongs to a server that stopped mid-request; the key is free again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @Id
    @Column(name = "caller_scope")
    private String callerScope;

    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false)
    private String requestFingerprint;

    @Column(name = "claim")
    private String claim;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "location")
    private String location;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {}

    /** The key claimed for a request about to be served. */
    IdempotencyRecord(Key key, String fingerprint, String claim, Instant now) {
        this.callerScope = key.callerScope;
        this.idempotencyKey = key.idempotencyKey;
        claimAgain(fingerprint, claim, now);
    }

    boolean isInFlight() {
        return status == IN_FLIGHT;
    }

    boolean isClaimedBy(String claim) {
        return isInFlight() && claim.equals(this.claim);
    }

    /** An answer older than 24 h, or a claim its server abandoned: the key may be used afresh. */
    boolean isFreeAt(Instant now) {
        Duration kept = isInFlight() ? ABANDONED_AFTER : Idempotency.RETENTION;
        return createdAt.plus(kept).isBefore(now);
    }

    boolean isFor(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    StoredAnswer answer() {
        return new StoredAnswer(status, location, body);
    }

    void claimAgain(String fingerprint, String claim, Instant now) {
        this.requestFingerprint = fingerprint;
        this.claim = claim;
        this.status = IN_FLIGHT;
        this.location = null;
        this.body = "";
        this.createdAt = now;
    }

    void answer(StoredAnswer answer, Instant now) {
        this.claim = null;
        this.status = answer.status();
        this.location = answer.location();
        this.body = answer.body();
        this.createdAt = now;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String callerScope;
        String idempotencyKey;

        public Key() {}

        Key(String callerScope, String idempotencyKey) {
            this.callerScope = callerScope;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.callerScope.equals(callerScope) && k.idempotencyKey.equals(idempotencyKey);
        }

        @Override
        public int hashCode() {
            return callerScope.hashCode() * 31 + idempotencyKey.hashCode();
        }
    }
}
