package io.custos.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a creating request, kept 24 h per caller and key. */
@Entity
@Table(name = "platform_idempotency")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "caller_scope")
    private String callerScope;

    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false)
    private String requestFingerprint;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "location")
    private String location;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {}

    IdempotencyRecord(String callerScope, String key, String fingerprint, StoredAnswer answer, Instant now) {
        this.callerScope = callerScope;
        this.idempotencyKey = key;
        this.requestFingerprint = fingerprint;
        this.status = answer.status();
        this.location = answer.location();
        this.body = answer.body();
        this.createdAt = now;
    }

    boolean isExpiredAt(Instant now) {
        return createdAt.plus(Idempotency.RETENTION).isBefore(now);
    }

    boolean isFor(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    StoredAnswer answer() {
        return new StoredAnswer(status, location, body);
    }

    void replaceWith(String fingerprint, StoredAnswer answer, Instant now) {
        this.requestFingerprint = fingerprint;
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
