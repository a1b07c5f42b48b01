package io.custos.audit.checkpoint;

import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
    Event<AuditPurged> purged;

    @Inject
    Clock clock;

    /** Removes the entries up to the newest checkpoint signed before {@code cutoff}. */
    @Transactional
    public Purge purge(Caller caller, Instant cutoff) {
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
        int removed = data.em()
                .createQuery("DELETE FROM AuditEntry e WHERE e.seq <= :seq")
                .setParameter("seq", anchor.get().seq())
                .executeUpdate();
        purged.fire(new AuditPurged(
                caller.tenantId(), caller.staffId(), anchor.get().seq(), removed, clock.instant()));
        return new Purge(anchor.get().seq(), removed);
    }

    /** What a purge removed: every entry up to {@code throughSeq}. */
    public record Purge(long throughSeq, int removed) {}
}
