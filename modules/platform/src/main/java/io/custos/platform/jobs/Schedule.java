package io.custos.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * When a recurring job is due: every {@code period} (slots aligned to the epoch, so every instance
 * computes the same due times), or once a day at a UTC time of day.
 */
public final class Schedule {

    private final Duration period;
    private final LocalTime dailyAt;

    private Schedule(Duration period, LocalTime dailyAt) {
        this.period = period;
        this.dailyAt = dailyAt;
    }

    /** Every {@code period}, at least a minute (the scheduler polls every few seconds). */
    public static Schedule every(Duration period) {
        if (period.compareTo(Duration.ofMinutes(1)) < 0 || period.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("a job's period must be from a minute to a day, was " + period);
        }
        if (Duration.ofDays(1).toMillis() % period.toMillis() != 0) {
            throw new IllegalArgumentException("a job's period must divide a day, was " + period);
        }
        return new Schedule(period, null);
    }

    /** Once a day at {@code utcTime}. */
    public static Schedule dailyAt(LocalTime utcTime) {
        return new Schedule(Duration.ofDays(1), utcTime.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The latest due time at or before {@code now}. */
    public Instant slotAtOrBefore(Instant now) {
        if (dailyAt == null) {
            long millis = period.toMillis();
            return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
        }
        Instant today =
                now.atOffset(ZoneOffset.UTC).toLocalDate().atTime(dailyAt).toInstant(ZoneOffset.UTC);
        return today.isAfter(now) ? today.minus(Duration.ofDays(1)) : today;
    }

    /**
     * The due times up to {@code now} after {@code settled} (the last one already taken care of; null
     * when none is known, as after a restart), oldest first: at most {@code most}, none older than
     * {@code window}, the latest kept when there are more.
     */
    public List<Instant> dueAfter(Instant settled, Instant now, int most, Duration window) {
        Instant oldest = now.minus(window);
        Deque<Instant> due = new ArrayDeque<>();
        for (Instant slot = slotAtOrBefore(now);
                due.size() < most && slot.isAfter(oldest) && (settled == null || slot.isAfter(settled));
                slot = previous(slot)) {
            due.addFirst(slot);
        }
        return List.copyOf(due);
    }

    /** The due time before {@code slot}. */
    public Instant previous(Instant slot) {
        return slot.minus(period);
    }

    @Override
    public String toString() {
        return dailyAt == null ? "every " + period : "daily at " + dailyAt + " UTC";
    }
}
