package io.custos.platform.jobs;

import java.time.Duration;

/**
 * Exponential back-off with a bounded number of attempts: after failed attempt {@code n} the next
 * waits {@code first × 2^(n−1)}, at most {@code longest}; after {@code attempts} failures it is
 * given up. Shared by failed job runs and outbox deliveries.
 */
public record Backoff(Duration first, Duration longest, int attempts) {

    /** Job runs and deliveries: 30 s, 1 min, 2 min … up to 6 h; 12 attempts span about a day. */
    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), 12);

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("a back-off needs 0 < first <= longest and at least one attempt");
        }
    }

    /** How long to wait after the {@code failedAttempt}-th (from 1) failure. */
    public Duration delayAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        int doublings = Math.min(failedAttempt - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** After this many failed attempts there is no next one. */
    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= attempts;
    }
}
