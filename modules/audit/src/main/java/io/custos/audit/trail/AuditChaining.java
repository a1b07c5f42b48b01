package io.custos.audit.trail;

import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.web.RequestContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives committed entries their place in the tenant's chain, many at a time (group commit): work
 * transactions no longer queue on the head row, only the chaining does, and one chaining run
 * covers every entry committed before it started (#18, WAVE2 "Audit appends under load"). A
 * transaction alone in appending for its tenant chains its own entries instead (see AuditTrail).
 *
 * <p>Each commit that wrote entries takes a ticket. A run notes the last ticket issued before it
 * reads the waiting entries in a transaction of its own, so it covers every ticket up to that one:
 * a request whose ticket a finished run covers answers at once; otherwise it waits for the run in
 * progress or makes the next one. Across instances the head row's lock keeps runs in turn. Entries
 * committed by work outside a request (jobs, a process killed before chaining) are chained by a run
 * scheduled after their commit, by any later run of the tenant, or by the checkpoint schedule.
 */
@ApplicationScoped
public class AuditChaining {

    private static final Logger LOG = Logger.getLogger(AuditChaining.class.getName());

    /** The tickets this thread's request must see chained before it answers: tenant → ticket. */
    private static final ThreadLocal<Map<String, Long>> AWAITED = new ThreadLocal<>();

    @Inject
    ChainWriter writer;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, TenantChain> chains = new ConcurrentHashMap<>();

    /**
     * A transaction begins appending entries of {@code tenant}; answers whether it is alone: no other
     * appending transaction of the tenant open in this process, no run in progress, none due.
     */
    boolean beginAppending(String tenant) {
        TenantChain chain = chain(tenant);
        return chain.appending.incrementAndGet() == 1
                && !chain.running.isLocked()
                && chain.covered.get() >= chain.issued.get();
    }

    /** The transaction ended; {@code toChain}: it committed entries that still need their place. */
    void endAppending(String tenant, boolean toChain) {
        chain(tenant).appending.decrementAndGet();
        if (toChain) {
            committed(tenant);
        }
    }

    /** Called after a transaction that wrote entries of {@code tenant}, unchained, committed. */
    private void committed(String tenant) {
        TenantChain chain = chain(tenant);
        long ticket = chain.issued.incrementAndGet();
        if (RequestContext.current().isPresent()) {
            Map<String, Long> awaited = AWAITED.get();
            if (awaited == null) {
                awaited = new HashMap<>(2);
                AWAITED.set(awaited);
            }
            awaited.merge(tenant, ticket, Math::max);
        }
        if (chain.scheduled.compareAndSet(false, true)) {
            executor.execute(() -> {
                chain.scheduled.set(false);
                try {
                    chainThrough(tenant, chain.issued.get());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not chain the audit entries of tenant " + tenant + " yet", e);
                }
            });
        }
    }

    /** Chains every entry of the bound tenant committed before this call. */
    public void chainPending() {
        String tenant = TenantScope.required().value();
        chainThrough(tenant, chain(tenant).issued.get());
    }

    /** Waits until the entries this thread's request committed have their place in the chain. */
    static Map<String, Long> takeAwaited() {
        Map<String, Long> awaited = AWAITED.get();
        AWAITED.remove();
        return awaited == null ? Map.of() : awaited;
    }

    void chainThrough(String tenant, long ticket) {
        TenantChain chain = chain(tenant);
        if (chain.covered.get() >= ticket && ticket > 0) {
            return;
        }
        chain.running.lock();
        try {
            if (chain.covered.get() >= ticket && ticket > 0) {
                return; // the run this thread waited for covered it
            }
            long through = chain.issued.get();
            TenantScope.run(new TenantId(tenant), () -> {
                while (writer.chainBatch() == ChainWriter.BATCH) {
                    // a long queue is chained in several transactions, each holding the head briefly
                }
            });
            chain.covered.accumulateAndGet(through, Math::max);
        } finally {
            chain.running.unlock();
        }
    }

    private TenantChain chain(String tenant) {
        return chains.computeIfAbsent(tenant, t -> new TenantChain());
    }

    /** One tenant's chaining in this process. */
    private static final class TenantChain {
        final AtomicLong appending = new AtomicLong();
        final AtomicLong issued = new AtomicLong();
        final AtomicLong covered = new AtomicLong();
        final AtomicBoolean scheduled = new AtomicBoolean();
        final ReentrantLock running = new ReentrantLock();
    }
}
