package io.custos.identity.review;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Campaigns close themselves at their {@code dueAt}: every quarter of an hour, once in the cluster,
 * each tenant's open campaigns past their date are closed as the campaign says (unanswered items
 * revoked where it asks for that). Only the newest slot does the work: an older one a restart
 * catches up would close exactly what the newest closes.
 */
@ApplicationScoped
public class AccessReviewDeadlines implements RecurringJob {

    static final Duration PERIOD = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(AccessReviewDeadlines.class.getName());

    @Inject
    AccessReviews reviews;

    @Inject
    TenantDirectory tenants;

    @Override
    public String name() {
        return "identity.access-review-deadlines";
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
    public void run(Instant dueAt) {
        List<TenantId> failed = new ArrayList<>();
        for (TenantId tenant : tenants.activeTenants()) {
            try {
                TenantScope.run(tenant, () -> reviews.closeDue(tenant));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the due access reviews of tenant " + tenant.value() + " failed", e);
                failed.add(tenant);
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("due access reviews not closed in " + failed.size() + " tenant(s)");
        }
    }
}
