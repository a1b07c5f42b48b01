package io.custos.identity.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins for one (store chain slug, username), known or not: keyed by a keyed hash so the
 * table reveals neither, and so unknown accounts lock exactly like real ones.
 */
@Entity
@Table(name = "identity_login_throttle")
public class LoginThrottleRow {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    @Id
    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginThrottleRow() {}

    /** Counts a failure; from the fifth on, locks for 30 s, doubling with each further one up to 1 h. */
    Duration fail(Instant now) {
        failures++;
        lastFailureAt = now;
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 7);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        if (lock.compareTo(LONGEST_LOCK) > 0) {
            lock = LONGEST_LOCK;
        }
        lockedUntil = now.plus(lock);
        return lock;
    }

    Duration remainingLock(Instant now) {
        return lockedUntil == null || !lockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, lockedUntil);
    }

    int failures() {
        return failures;
    }
}
