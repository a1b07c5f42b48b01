package io.custos.requests.request;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.requests.api.PrivacyRequestDue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Hourly, once in the cluster per tenant: every running request within {@link #NOTICE} of its date
 * in force, or past it, is announced ({@code PrivacyRequestDue}). Each round announces all of them
 * again, so a round missed or run twice changes nothing for observers that key on the occurrence.
 */
@ApplicationScoped
public class DueRequestNotices implements RecurringJob {

    /** Three days: enough for a privacy officer to act before a deadline counted in days. */
    static final Duration NOTICE = Duration.ofDays(3);

    @Inject
    TenantData data;

    @Inject
    Event<PrivacyRequestDue> due;

    @Override
    public String name() {
        return "requests.due-notices";
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
    @Transactional
    public void run(Instant dueAt) {
        TenantId tenant = TenantScope.required();
        // a stopped clock is not running towards its date: only OPEN requests
        data.em()
                .createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.status = :open AND ((r.extendedDueAt IS NULL"
                                + " AND r.dueAt <= :horizon) OR r.extendedDueAt <= :horizon) ORDER BY r.id",
                        PrivacyRequest.class)
                .setParameter("open", PrivacyRequest.Status.OPEN)
                .setParameter("horizon", dueAt.plus(NOTICE))
                .getResultStream()
                .forEach(request -> due.fire(new PrivacyRequestDue(
                        tenant,
                        request.id(),
                        request.type().name(),
                        request.customerId(),
                        request.effectiveDueAt(),
                        !request.effectiveDueAt().isAfter(dueAt))));
    }
}
