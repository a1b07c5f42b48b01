package io.custos.platform.jobs;

import java.time.Instant;

/**
 * A job that runs once per due slot in the whole cluster: a module makes its job a CDI bean
 * implementing this, and the {@link Scheduler} finds it. The handler runs at least once per slot
 * (a run that failed, or whose instance died, is run again), so it must be idempotent. It runs
 * outside any transaction; it opens its own.
 */
public interface RecurringJob {

    /** Unique in the cluster and stable across releases: slots are claimed by it. */
    String name();

    Schedule schedule();

    /**
     * Per-tenant jobs run once per slot and active tenant, with that tenant bound
     * ({@code TenantScope}); each tenant's run is claimed, failed and retried on its own.
     */
    default boolean perTenant() {
        return false;
    }

    /**
     * True where any slot's work is what the newest slot does anyway (closing what is due, reminding
     * of what is near): a slot older than the newest, caught up after a restart or retried late, is
     * then settled without running.
     */
    default boolean newestSlotOnly() {
        return false;
    }

    /** Does the work due at {@code dueAt}; an exception marks the run failed, to be retried with back-off. */
    void run(Instant dueAt) throws Exception;
}
