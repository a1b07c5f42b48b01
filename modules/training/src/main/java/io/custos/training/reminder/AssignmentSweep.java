package io.custos.training.reminder;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.platform.tenancy.TenantScope;
import io.custos.training.assignment.Derivation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Grants that start or end on their own change what training is required without any event:
 * every five minutes, once in the cluster per tenant, the assignments of staff whose grants crossed
 * a validity boundary in the last hour are derived again (derivation is idempotent, so the overlap
 * only covers slots a restart skipped).
 */
@ApplicationScoped
public class AssignmentSweep implements RecurringJob {

    static final Duration LOOK_BACK = Duration.ofHours(1);

    @Inject
    Derivation derivation;

    @Override
    public String name() {
        return "training.assignment-sweep";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(5));
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    public void run(Instant dueAt) {
        derivation.sweep(TenantScope.required(), dueAt.minus(LOOK_BACK), dueAt);
    }
}
