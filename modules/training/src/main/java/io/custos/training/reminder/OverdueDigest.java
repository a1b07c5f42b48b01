package io.custos.training.reminder;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

/** Daily at 07:00 UTC, once in the cluster per tenant: the overdue staff, to those who look after them. */
@ApplicationScoped
public class OverdueDigest implements RecurringJob {

    static final Duration PERIOD = Duration.ofDays(1);

    @Inject
    Reminders reminders;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "training.overdue-digest";
    }

    @Override
    public Schedule schedule() {
        return Schedule.dailyAt(LocalTime.of(7, 0));
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    public void run(Instant dueAt) {
        if (dueAt.plus(PERIOD).isBefore(clock.instant())) {
            return; // a slot a restart caught up: the newest one says the same, at the right time
        }
        reminders.digest(dueAt);
    }
}
