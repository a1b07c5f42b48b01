package io.custos.platform.jobs;

import io.custos.platform.events.SchemaMigrated;
import io.custos.platform.id.Ids;
import io.custos.platform.outbox.OutboxDelivery;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the recurring jobs of every module once per due slot in the whole cluster, and delivers the
 * outbox. Every instance polls (every {@code custos.jobs.poll-seconds}, default 10) with the
 * injected {@link Clock}, so a test that moves the clock forward finds the slots due at the next
 * poll, or at once through the operator's run-due. Each slot is claimed in the database
 * ({@link JobSlots}) before it runs. After a restart the missed slots of the last week are caught
 * up, at most {@value #CATCH_UP_SLOTS} per job and tenant, oldest first.
 */
@ApplicationScoped
public class Scheduler {

    static final int CATCH_UP_SLOTS = 10;
    static final Duration CATCH_UP_WINDOW = Duration.ofDays(7);
    private static final int RETRIES_PER_ROUND = 50;
    private static final String CLUSTER_WIDE = "";
    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

    @Inject
    @Any
    Instance<RecurringJob> jobs;

    @Inject
    Instance<TenantDirectory> tenants;

    @Inject
    JobSlots slots;

    @Inject
    OutboxDelivery outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "custos.jobs.poll-seconds", defaultValue = "10")
    int pollSeconds;

    @Resource
    ManagedScheduledExecutorService executor;

    /** Names this process in the claims it makes. */
    private final String instance = "instance-" + Ids.newId();

    /** Per job and tenant, the latest slot this process claimed or found claimed: not tried again. */
    private final Map<String, Instant> settledThrough = new ConcurrentHashMap<>();

    /** One round at a time in this process (the poll and the operator's run-due). */
    private final ReentrantLock round = new ReentrantLock();

    private ScheduledFuture<?> polling;

    /** Starts polling once the schema (this scheduler's tables) is current. */
    void start(@Observes SchemaMigrated ready) {
        polling = executor.scheduleWithFixedDelay(this::poll, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "scheduler polling every " + pollSeconds + " s as " + instance + ": "
                + jobs.stream().map(j -> j.name() + " (" + j.schedule() + ")").toList());
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void poll() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a scheduler round failed; the next poll tries again", e);
        }
    }

    /** Runs every slot due now that no instance has claimed, the retries due, then the outbox. */
    public DueWork runDue() {
        round.lock();
        try {
            List<DueWork.Ran> ran = new ArrayList<>();
            for (RecurringJob job : jobs) {
                for (String tenant : tenantsOf(job)) {
                    for (Instant dueAt : unsettledSlots(job, tenant)) {
                        Instant now = clock.instant();
                        if (slots.claim(job.name(), tenant, dueAt, instance, now)) {
                            ran.add(run(job, tenant, dueAt, 1));
                        }
                        settledThrough.merge(job.name() + "|" + tenant, dueAt, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
            ran.addAll(retries());
            OutboxDelivery.Round delivered = outbox.deliverDue();
            return new DueWork(ran, delivered.delivered(), delivered.failed());
        } finally {
            round.unlock();
        }
    }

    private List<Instant> unsettledSlots(RecurringJob job, String tenant) {
        return job.schedule()
                .dueAfter(
                        settledThrough.get(job.name() + "|" + tenant),
                        clock.instant(),
                        CATCH_UP_SLOTS,
                        CATCH_UP_WINDOW);
    }

    private List<String> tenantsOf(RecurringJob job) {
        if (!job.perTenant()) {
            return List.of(CLUSTER_WIDE);
        }
        if (!tenants.isResolvable()) {
            return List.of();
        }
        return slots.activeTenants(tenants.get());
    }

    private List<DueWork.Ran> retries() {
        List<DueWork.Ran> ran = new ArrayList<>();
        for (JobRun run : slots.retryable(clock.instant(), RETRIES_PER_ROUND)) {
            RecurringJob job = jobNamed(run.job());
            if (job != null && slots.reclaim(run, instance, clock.instant())) {
                ran.add(run(job, run.tenantId(), run.dueAt(), run.attempts() + 1));
            }
        }
        return ran;
    }

    private RecurringJob jobNamed(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElse(null);
    }

    /** Runs a claimed slot (with its tenant bound, for per-tenant jobs) and records the outcome. */
    private DueWork.Ran run(RecurringJob job, String tenant, Instant dueAt, int attempt) {
        try {
            if (job.newestSlotOnly() && dueAt.isBefore(job.schedule().slotAtOrBefore(clock.instant()))) {
                // the newest slot does this work
            } else if (tenant.equals(CLUSTER_WIDE)) {
                job.run(dueAt);
            } else {
                TenantScope.call(new TenantId(tenant), () -> {
                    job.run(dueAt);
                    return null;
                });
            }
            slots.succeeded(job.name(), tenant, dueAt, instance, clock.instant());
            return new DueWork.Ran(job.name(), tenant.isEmpty() ? null : tenant, dueAt, attempt, true);
        } catch (Exception e) {
            Instant now = clock.instant();
            Backoff backoff = Backoff.STANDARD;
            Instant retryAt = backoff.givesUpAfter(attempt) ? null : now.plus(backoff.delayAfter(attempt));
            LOG.log(
                    Level.WARNING,
                    "job " + job.name() + " due " + dueAt + (tenant.isEmpty() ? "" : " for tenant " + tenant)
                            + " failed (attempt " + attempt + "); "
                            + (retryAt == null ? "given up" : "retried at " + retryAt),
                    e);
            slots.failed(job.name(), tenant, dueAt, instance, String.valueOf(e), retryAt, now);
            return new DueWork.Ran(job.name(), tenant.isEmpty() ? null : tenant, dueAt, attempt, false);
        }
    }
}
