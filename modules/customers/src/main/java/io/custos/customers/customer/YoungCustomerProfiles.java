package io.custos.customers.customer;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.regions.api.RulePack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Once a day, per tenant and once in the cluster, customers young enough to be a minor under some
 * consent age are announced again: consent then drops the birth date of those past the oldest
 * consent age, and learns it for those it never had (consent kept only under-18s' before).
 */
@ApplicationScoped
public class YoungCustomerProfiles implements RecurringJob {

    static final int PAGE = 500;

    @Inject
    CustomerProfiles profiles;

    @Override
    public String name() {
        return "customers.young-profiles";
    }

    @Override
    public Schedule schedule() {
        return Schedule.dailyAt(LocalTime.of(2, 40));
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
        // a year more than the oldest age: a birth year alone cannot tell who passed it this year
        int sinceYear = dueAt.atZone(ZoneOffset.UTC).getYear() - RulePack.OLDEST_CONSENT_AGE - 1;
        String after = "";
        while (after != null) {
            after = profiles.reannounceBornSince(sinceYear, after, PAGE);
        }
    }
}
