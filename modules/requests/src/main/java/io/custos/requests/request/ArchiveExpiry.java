package io.custos.requests.request;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Access archives are erased once the tenant's download window ends: hourly, once in the cluster
 * per tenant, as {@code system}. Only the newest slot works: an older one would erase a subset.
 */
@ApplicationScoped
public class ArchiveExpiry implements RecurringJob {

    static final Duration PERIOD = Duration.ofHours(1);

    @Inject
    Archives archives;

    @Override
    public String name() {
        return "requests.archive-expiry";
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
    public boolean newestSlotOnly() {
        return true;
    }

    @Override
    public void run(Instant dueAt) {
        archives.eraseExpired(dueAt);
    }
}
