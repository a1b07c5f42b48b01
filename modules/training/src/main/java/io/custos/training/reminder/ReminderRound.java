package io.custos.training.reminder;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** Every quarter of an hour, once in the cluster per tenant: due-soon and overdue mails. */
@ApplicationScoped
public class ReminderRound implements RecurringJob {

    static final Duration PERIOD = Duration.ofMinutes(15);

    @Inject
    Reminders reminders;

    @Override
    public String name() {
        return "training.reminders";
    }

    @Override
    public boolean newestSlotOnly() {
        return true;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(PERIOD);
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    public void run(Instant dueAt) {
        reminders.remind(dueAt);
    }
}
