package io.custos.audit.checkpoint;

import io.custos.platform.approval.FourEyes;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.transaction.ConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Purges entries older than the tenant's retention, but only up to a signed checkpoint: the
 * checkpoint vouches for what was removed, so the remaining chain still verifies from it.
 */
@ApplicationScoped
public class Retention {

    @Inject
    TenantData data;

    @Inject
    Checkpoints checkpoints;

    @Inject
    FourEyes fourEyes;

    @Inject
    Event<AuditPurged> purged;

    @Inject
    Event<RetentionChanged> policyChanged;

    @Inject
    Clock clock;

    /** The four-eyes action a tenant may hold: changing the retention. */
    static final String RETENTION_CHANGE = "AUDIT_RETENTION";

    /** Shortest and longest retention a tenant may set. */
    static final int MINIMUM_DAYS = 90;

    static final int MAXIMUM_DAYS = 36_500;

    /** Sets the bound tenant's retention; entries older than it are purged by the daily run. */
    @Transactional
    public int setPolicy(Caller caller, int days) {
        if (days < MINIMUM_DAYS || days > MAXIMUM_DAYS) {
            throw new InvalidInput("days", "must be between " + MINIMUM_DAYS + " and " + MAXIMUM_DAYS);
        }
        fourEyes.requireApproval(caller, RETENTION_CHANGE, new HeldChange(days), null);
        String tenant = caller.tenantId().value();
        RetentionPolicy policy = data.sharedEm().find(RetentionPolicy.class, tenant);
        Integer before = policy == null ? null : policy.retentionDays();
        if (policy == null) {
            data.sharedEm().persist(new RetentionPolicy(tenant, days));
            // set meanwhile: the run again changes it instead
            ConcurrentChange.flush(data.sharedEm(), "PRIMARY", "the retention policy");
        } else {
            policy.change(days);
        }
        policyChanged.fire(new RetentionChanged(caller.tenantId(), caller.staffId(), before, days, clock.instant()));
        return days;
    }

    @Transactional
    public Optional<Integer> policy() {
        return Optional.ofNullable(data.sharedEm()
                        .find(RetentionPolicy.class, TenantScope.required().value()))
                .map(RetentionPolicy::retentionDays);
    }

    /** Applies the bound tenant's policy now (the daily run does this for every tenant). */
    @Transactional
    public Purge applyPolicy(String actorId) {
        return policy().map(days ->
                        purge(actorId, TenantScope.required(), clock.instant().minus(Duration.ofDays(days))))
                .orElse(new Purge(0, 0));
    }

    /** Removes the entries up to the newest checkpoint signed before {@code cutoff}. */
    @Transactional
    public Purge purge(Caller caller, Instant cutoff) {
        return purge(caller.staffId(), caller.tenantId(), cutoff);
    }

    private Purge purge(String actorId, TenantId tenant, Instant cutoff) {
        if (cutoff.isAfter(clock.instant())) {
            throw new InvalidInput("before", "must not be in the future");
        }
        Optional<Checkpoint> anchor = data.em()
                .createQuery(
                        "SELECT c FROM Checkpoint c WHERE c.atMillis < :cutoff ORDER BY c.seq DESC", Checkpoint.class)
                .setParameter("cutoff", cutoff.toEpochMilli())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (anchor.isEmpty()) {
            return new Purge(0, 0);
        }
        data.em()
                .createQuery("DELETE FROM AuditExposure x WHERE x.entryId IN"
                        + " (SELECT e.id FROM AuditEntry e WHERE e.seq <= :seq)")
                .setParameter("seq", anchor.get().seq())
                .executeUpdate();
        int removed = data.em()
                .createQuery("DELETE FROM AuditEntry e WHERE e.seq <= :seq")
                .setParameter("seq", anchor.get().seq())
                .executeUpdate();
        purged.fire(new AuditPurged(tenant, actorId, anchor.get().seq(), removed, clock.instant()));
        return new Purge(anchor.get().seq(), removed);
    }

    /** A retention change as four eyes holds it. */
    public record HeldChange(int days) {}

    /** What a purge removed: every entry up to {@code throughSeq}. */
    public record Purge(long throughSeq, int removed) {}
}
