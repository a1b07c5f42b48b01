package io.custos.audit.trail;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.web.RequestContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Writes entries of the bound tenant inside the transaction of the work they record
 * (no committed change without its entry, no entry for a rolled-back change), and reads them back.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String CHAIN_INLINE = AuditTrail.class.getName() + ".chainInline";

    @Inject
    TenantData data;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    jakarta.enterprise.event.Event<AuditExported> exported;

    @Inject
    AuditChaining chaining;

    @Inject
    ChainWriter writer;

    /**
     * Writes the entry in the transaction of the work it records (no committed change without its
     * entry, no entry for a rolled-back change), and its place in the chain either in that same
     * transaction or, under concurrent work, after the commit together with the other entries of
     * the tenant committed meanwhile; an HTTP answer then waits for it ({@link ChainedBeforeAnswer}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(DomainEvent event) {
        String tenant = TenantScope.required().value();
        if (!tenant.equals(event.tenantId().value())) {
            throw new IllegalStateException("event of tenant " + event.tenantId() + " raised while serving " + tenant);
        }
        Optional<RequestContext.Current> request = RequestContext.current();
        AuditEntry entry = new AuditEntry(new AuditEntry.Record(
                event.at().toEpochMilli(),
                event.actorId(),
                event.action(),
                event.targetType(),
                event.targetId(),
                event.decision(),
                Canonical.json(event.details()),
                request.map(RequestContext.Current::requestId).orElse(null),
                request.map(RequestContext.Current::clientAddress).orElse(null)));
        data.em().persist(entry);
        for (String customer : new java.util.LinkedHashSet<>(event.exposedCustomers())) {
            data.em().persist(new AuditExposure(customer, entry.id()));
        }
        if (chainedInThisTransaction(tenant)) {
            writer.chainInline(entry);
        }
        return entry;
    }

    /**
     * Decided at a transaction's first entry: a transaction that is the only one of its tenant
     * appending in this process, with no chaining run in progress or due, chains its entries itself
     * (one transaction, as a lone writer needs); otherwise its entries are chained after the commit
     * with the others committed meanwhile, so that concurrent work does not queue on the head row.
     */
    private boolean chainedInThisTransaction(String tenant) {
        Boolean inline = (Boolean) transactions.getResource(CHAIN_INLINE);
        if (inline != null) {
            return inline;
        }
        boolean alone = chaining.beginAppending(tenant);
        transactions.putResource(CHAIN_INLINE, alone);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                chaining.endAppending(tenant, status == Status.STATUS_COMMITTED && !alone);
            }
        });
        return alone;
    }

    /** Records an export of the trail as far as it reaches now; answers that sequence number. */
    @Transactional
    public long recordExport(String actorId, String format, java.time.Instant now) {
        long through = head().map(ChainHead::lastSeq).orElse(0L);
        exported.fire(new AuditExported(TenantScope.required(), actorId, format, through, now));
        return through;
    }

    /** Up to {@code limit} entries after {@code afterSeq}, in chain order. */
    @Transactional
    public List<AuditEntry> after(long afterSeq, int limit) {
        return data.em()
                .createQuery("SELECT e FROM AuditEntry e WHERE e.seq > :after ORDER BY e.seq", AuditEntry.class)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional
    public Optional<ChainHead> head() {
        return Optional.ofNullable(
                data.em().find(ChainHead.class, TenantScope.required().value()));
    }
}
