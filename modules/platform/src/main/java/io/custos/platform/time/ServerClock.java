package io.custos.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's one {@link Clock} (UTC). In a test deployment ({@code CUSTOS_TEST_CLOCK=enabled},
 * refused in production mode) the operator may move it forward, so that deadlines, expiry and
 * scheduled jobs are tested without sleeping; it never moves back, so no stored time is ever
 * "in the future" of a later reading. The offset is this process's own: each instance is moved
 * on its own.
 */
@ApplicationScoped
public class ServerClock extends Clock {

    public static final String TEST_CLOCK = "custos.test-clock";
    public static final String ENABLED = "enabled";
    /** A bound on one move, far beyond any deadline the product has (a year of retention and more). */
    public static final Duration LARGEST_ADVANCE = Duration.ofDays(400);

    private static final Logger LOG = Logger.getLogger(ServerClock.class.getName());

    private Clock base;
    private boolean movable;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    ServerClock() {
        this(Clock.systemUTC(), false);
    }

    @Inject
    ServerClock(
            @ConfigProperty(name = TEST_CLOCK, defaultValue = "disabled") String testClock,
            @ConfigProperty(name = "custos.mode", defaultValue = "demo") String mode) {
        this(Clock.systemUTC(), ENABLED.equalsIgnoreCase(testClock.trim()));
        if (movable && "production".equalsIgnoreCase(mode.trim())) {
            // The launcher refuses this first; a server started another way must not run with it either.
            throw new IllegalStateException("CUSTOS_TEST_CLOCK=enabled is refused in production mode");
        }
    }

    /** A clock over {@code base}; {@code movable}: the test configuration lets the operator move it. */
    public ServerClock(Clock base, boolean movable) {
        this.base = base;
        this.movable = movable;
    }

    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (isMovable()) {
            LOG.warning("TEST CLOCK: the operator may move this server's clock forward"
                    + " (CUSTOS_TEST_CLOCK=enabled); never use this setting for real data");
        }
    }

    public boolean isMovable() {
        return movable;
    }

    /** How far this clock is ahead of the system's. */
    public Duration offset() {
        return offset.get();
    }

    /**
     * Moves the clock forward by {@code by} (positive, at most {@link #LARGEST_ADVANCE}); refused
     * unless the test clock is enabled.
     */
    public Instant advance(Duration by) {
        if (!movable) {
            throw new TestClockOff();
        }
        if (by.isNegative() || by.isZero() || by.compareTo(LARGEST_ADVANCE) > 0) {
            throw new IllegalArgumentException("a move of the clock must be positive and at most " + LARGEST_ADVANCE);
        }
        offset.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Time is kept in UTC; a zoned view is a fixed snapshot of this clock's current offset. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset.get());
    }
}
