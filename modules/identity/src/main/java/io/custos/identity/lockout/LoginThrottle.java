package io.custos.identity.lockout;

import io.custos.platform.crypto.SecretBox;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts failed password and second-factor attempts per (slug, username) in the database. The
 * caller counts in a transaction of its own, so that the failed login rolls back but its count
 * does not.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    TenantData data;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    /** Refuses with 423 while the account is locked. */
    @Transactional
    public void requireUnlocked(String slug, String username) {
        LoginThrottleRow row = data.sharedEm().find(LoginThrottleRow.class, key(slug, username));
        if (row != null) {
            Duration remaining = row.remainingLock(clock.instant());
            if (!remaining.isZero()) {
                throw new AccountLocked(remaining);
            }
        }
    }

    /** Counts one failure; answers the lock it started (zero while failures are still free). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Failure fail(String slug, String username) {
        Instant now = clock.instant();
        String key = key(slug, username);
        // Upsert, then lock: an upsert locks this one row whether or not it exists, where a locking
        // read of a missing row would lock the gap to its neighbour and failures of other usernames
        // landing in that gap would deadlock with this one (#22); and it locks exclusively at
        // once, where INSERT IGNORE on an existing row took a shared lock that two writers
        // deadlocked upgrading. Concurrent failures of one username on every instance take turns.
        data.sharedEm()
                .createNativeQuery("INSERT INTO identity_login_throttle (key_hash, failures, last_failure_at)"
                        + " VALUES (?1, 0, ?2) ON DUPLICATE KEY UPDATE key_hash = key_hash")
                .setParameter(1, key)
                .setParameter(2, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .executeUpdate();
        LoginThrottleRow row = data.sharedEm().find(LoginThrottleRow.class, key, LockModeType.PESSIMISTIC_WRITE);
        return new Failure(row.fail(now), row.failures());
    }

    /** Forgets the failures after a complete, successful login. */
    @Transactional
    public void succeed(String slug, String username) {
        LoginThrottleRow row = data.sharedEm().find(LoginThrottleRow.class, key(slug, username));
        if (row != null) {
            data.sharedEm().remove(row);
        }
    }

    private String key(String slug, String username) {
        return secrets.mac(
                "login-throttle", slug.toLowerCase(Locale.ROOT) + "\u0000" + username.toLowerCase(Locale.ROOT));
    }

    /** A counted failure and the lock it started, if any. */
    public record Failure(Duration lock, int failures) {
        public boolean locked() {
            return !lock.isZero();
        }
    }
}
