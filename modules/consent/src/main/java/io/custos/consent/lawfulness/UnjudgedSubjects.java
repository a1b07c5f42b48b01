package io.custos.consent.lawfulness;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Every minute, per tenant and once in the cluster, judges the customers whose kept lawfulness was
 * cleared (a rule-pack override, a move to another pack) or never set (customers from before the
 * kept state): the backfill and the catch-up in one. Batches of their own transaction, so a
 * million customers are judged without one long lock.
 */
@ApplicationScoped
public class UnjudgedSubjects implements RecurringJob {

    static final int BATCH = 1000;

    @Inject
    JudgedSubjects judged;

    @Override
    public String name() {
        return "consent.judge-subjects";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(1));
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
        int batch;
        do {
            batch = judged.judgeUnjudged(BATCH);
        } while (batch == BATCH); // a full batch may leave more behind
    }
}
