package io.custos.platform.jobs;

import io.custos.platform.outbox.OutboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Daily: forgets finished job runs and delivered outbox entries after 30 days (longer than the
 * scheduler's catch-up window, so a forgotten slot is never run again). Dead entries stay.
 */
@ApplicationScoped
public class Housekeeping implements RecurringJob {

    static final Duration KEPT = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    OutboxStore outbox;

    @Override
    public String name() {
        return "platform.housekeeping";
    }

    @Override
    public Schedule schedule() {
        return Schedule.dailyAt(LocalTime.of(4, 0));
    }

    @Override
    public void run(Instant dueAt) {
        Instant before = dueAt.minus(KEPT);
        int runs = slots.forgetFinishedBefore(before);
        int entries = outbox.forgetDeliveredBefore(before);
        LOG.fine(() -> "housekeeping: forgot " + runs + " job runs and " + entries + " delivered outbox entries");
    }
}
