package io.custos.training.reminder;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;

/** Daily at 07:00 UTC, once in the cluster per tenant: the overdue staff, to those who look after them. */
@ApplicationScoped
public class OverdueDigest implements RecurringJob {

    @Inject
    Reminders reminders;

    @Override
    public String name() {
        return "training.overdue-digest";
    }

    @Override
    public boolean newestSlotOnly() {
        return true;
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
        reminders.digest(dueAt);
    }
}
