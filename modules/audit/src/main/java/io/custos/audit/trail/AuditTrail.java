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
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Tenants whose head row a committed transaction of this process created or found. */
    private final Set<String> tenantsWithAHead = ConcurrentHashMap.newKeySet();

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
     * entry. A locking read of a missing row locks the gap before the next one, and new tenant ids
     * (UUIDv7) all sort last: every new tenant's first append would wait on, and deadlock with,
     * every other's (#22). So a head this process has not yet seen committed is taken with an
     * upsert, which locks that one record whether or not it exists (and exclusively at once: the
     * shared lock of INSERT IGNORE on an existing row deadlocked two writers upgrading it). Known
     * heads are locked with a single read, as before.
     */
    private ChainHead lockHead(EntityManager em, String tenant) {
        if (tenantsWithAHead.contains(tenant)) {
            ChainHead head = em.find(ChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
            if (head != null) {
                return head;
            }
        }
        em.createNativeQuery("INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES (?1, 0, ?2)"
                        + " ON DUPLICATE KEY UPDATE last_seq = last_seq")
                .setParameter(1, tenant)
                .setParameter(2, ChainHash.GENESIS)
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    tenantsWithAHead.add(tenant);
                }
            }
        });
        return em.find(ChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
    }
}
