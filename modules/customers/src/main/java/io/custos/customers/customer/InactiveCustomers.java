package io.custos.customers.customer;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Once a day, per tenant and once in the cluster: customers inactive longer than their pack's
 * retentionMaxDays (the tenant's shorter override where it set one) are erased like a data-subject
 * erasure, a page per transaction, each page on the trail and in the customers' access logs.
 */
@ApplicationScoped
public class InactiveCustomers implements RecurringJob {

    static final int PAGE = 500;

    @Inject
    CustomerRetention retention;

    @Inject
    RulePacks packs;

    @Override
    public String name() {
        return "customers.inactive-retention";
    }

    @Override
    public Schedule schedule() {
        return Schedule.dailyAt(LocalTime.of(3, 25));
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
        for (RulePack pack : packs.all()) {
            Integer days = pack.retentionMaxDays();
            if (days != null) {
                Instant inactiveSince = dueAt.minus(Duration.ofDays(days));
                int erased;
                do {
                    erased = retention.eraseInactive("system", pack.code(), inactiveSince, days, PAGE);
                } while (erased == PAGE);
            }
        }
    }
}
