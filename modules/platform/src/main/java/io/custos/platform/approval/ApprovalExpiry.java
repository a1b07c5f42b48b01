package io.custos.platform.approval;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Marks approvals past their expiry, once in the cluster per tenant and quarter of an hour, so the
 * trail says when each lapsed. Reads and decisions do not wait for it: they treat an approval past
 * its expiry as expired already.
 */
@ApplicationScoped
public class ApprovalExpiry implements RecurringJob {

    @Inject
    Approvals approvals;

    @Override
    public String name() {
        return "platform.approval-expiry";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(15));
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    public void run(Instant dueAt) {
        approvals.expireDue();
    }
}
