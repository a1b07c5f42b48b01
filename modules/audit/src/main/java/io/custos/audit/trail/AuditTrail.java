package io.custos.audit.trail;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.web.RequestContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Appends entries to the bound tenant's chain inside the transaction of the work they record
 * (no committed change without its entry, no entry for a rolled-back change), and reads them back.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    TenantData data;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    jakarta.enterprise.event.Event<AuditExported> exported;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(DomainEvent event) {
        String tenant = TenantScope.required().value();
        if (!tenant.equals(event.tenantId().value())) {
            throw new IllegalStateException("event of tenant " + event.tenantId() + " raised while serving " + tenant);
        }
        Optional<RequestContext.Current> request = RequestContext.current();
        AuditEntry.Record record = new AuditEntry.Record(
                event.at().toEpochMilli(),
                event.actorId(),
                event.action(),
                event.targetType(),
                event.targetId(),
                event.decision(),
                Canonical.json(event.details()),
                request.map(RequestContext.Current::requestId).orElse(null),
                request.map(RequestContext.Current::clientAddress).orElse(null));
        EntityManager em = data.em();
        ChainHead head = lockHead(em, tenant);
        AuditEntry entry = new AuditEntry(record, head.lastSeq() + 1, head.lastHash());
        em.persist(entry);
        head.advance(entry);
        transactions.putResource(DomainEvent.RECORDED_IN_TRANSACTION, Boolean.TRUE);
        return entry;
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

    /**
     * The head row, locked until the transaction ends; created at the genesis on a tenant's first
     * entry. Locking first and inserting only when absent matters: INSERT IGNORE on an existing
     * row takes a shared lock, and two writers upgrading shared locks deadlock.
     */
    private static ChainHead lockHead(EntityManager em, String tenant) {
        ChainHead head = em.find(ChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
        if (head != null) {
            return head;
        }
        em.createNativeQuery("INSERT IGNORE INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES (?1, 0, ?2)")
                .setParameter(1, tenant)
                .setParameter(2, ChainHash.GENESIS)
                .executeUpdate();
        return em.find(ChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
    }
}
