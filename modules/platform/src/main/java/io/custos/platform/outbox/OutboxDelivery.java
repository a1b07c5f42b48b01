package io.custos.platform.outbox;

import io.custos.platform.jobs.Backoff;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox entries that are due, each through the handler of its kind, at least once:
 * a failed attempt is retried with {@link Backoff#STANDARD}, and once its attempts are used up the
 * entry is DEAD (kept, and logged). Called by the scheduler on every round.
 */
@ApplicationScoped
public class OutboxDelivery {

    /** An attempt that has not finished after this long belongs to an instance that died. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final int PER_ROUND = 100;
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @Inject
    OutboxStore store;

    @Inject
    @Any
    Instance<OutboxHandler> handlers;

    @Inject
    Clock clock;

    /** How many entries one round delivered and how many attempts failed. */
    public record Round(int delivered, int failed) {}

    public Round deliverDue() {
        int delivered = 0;
        int failed = 0;
        for (OutboxEntry entry : store.due(clock.instant(), PER_ROUND)) {
            Instant now = clock.instant();
            if (!store.lease(entry, now, now.plus(LEASE))) {
                continue; // another instance has it
            }
            OutboxMessage message = entry.nextAttempt();
            try {
                deliver(message);
                store.delivered(message.id(), clock.instant());
                delivered++;
            } catch (Exception e) {
                failed++;
                recordFailure(message, e);
            }
        }
        return new Round(delivered, failed);
    }

    private void deliver(OutboxMessage message) throws Exception {
        OutboxHandler handler = handlers.stream()
                .filter(h -> h.kind().equals(message.kind()))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("no handler delivers outbox entries of kind " + message.kind()));
        if (message.tenantId() == null) {
            handler.deliver(message);
        } else {
            TenantScope.call(new TenantId(message.tenantId()), () -> {
                handler.deliver(message);
                return null;
            });
        }
    }

    private void recordFailure(OutboxMessage message, Exception failure) {
        Instant now = clock.instant();
        Backoff backoff = Backoff.STANDARD;
        Instant retryAt =
                backoff.givesUpAfter(message.attempt()) ? null : now.plus(backoff.delayAfter(message.attempt()));
        LOG.log(
                retryAt == null ? Level.SEVERE : Level.WARNING,
                "outbox entry " + message.id() + " (" + message.kind() + ") attempt " + message.attempt() + " failed; "
                        + (retryAt == null ? "given up: it is DEAD" : "retried at " + retryAt) + ": " + failure);
        store.failed(message.id(), String.valueOf(failure), retryAt, now);
    }
}
