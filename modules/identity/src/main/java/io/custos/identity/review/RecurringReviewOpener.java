package io.custos.identity.review;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.platform.problem.DomainProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens each recurring campaign once its period has begun: hourly, per tenant, once in the
 * cluster per slot; only the newest slot works (an older one would open exactly the same).
 */
@ApplicationScoped
public class RecurringReviewOpener implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(RecurringReviewOpener.class.getName());

    @Inject
    RecurringReviews recurring;

    @Override
    public String name() {
        return "identity.recurring-access-reviews";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofHours(1));
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
        for (String id : recurring.ids()) {
            try {
                recurring.openIfDue(id);
            } catch (DomainProblem refused) {
                // its owner no longer runs reviews there: a rule, not a fault to retry; the trail has no campaign
                LOG.log(Level.WARNING, "recurring access review " + id + " not opened: " + refused.getMessage());
            }
        }
    }
}
