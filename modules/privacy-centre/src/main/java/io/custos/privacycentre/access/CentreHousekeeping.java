package io.custos.privacycentre.access;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Daily, per tenant: forgets attempt counts of windows long closed, and sessions and passes over for
 * a month (their start and issue stay on the audit trail).
 */
@ApplicationScoped
public class CentreHousekeeping implements RecurringJob {

    static final Duration ATTEMPTS_KEPT = Duration.ofDays(1);
    static final Duration SESSIONS_KEPT = Duration.ofDays(30);

    @Inject
    RedemptionLimits limits;

    @Inject
    CentreSessions sessions;

    @Override
    public String name() {
        return "privacy-centre.housekeeping";
    }

    @Override
    public Schedule schedule() {
        return Schedule.dailyAt(LocalTime.of(4, 30));
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    public boolean newestSlotOnly() {
        return true;
    }

    @Override
    public void run(Instant dueAt) {
        limits.forgetBefore(dueAt.minus(ATTEMPTS_KEPT));
        sessions.forgetBefore(dueAt.minus(SESSIONS_KEPT));
    }
}
