package io.custos.audit.trail;

import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One chaining run of the bound tenant: the waiting entries, in order of their ids, onto the head. */
@ApplicationScoped
public class ChainWriter {

    static final int BATCH = 500;

    @Inject
    TenantData data;

    /** Tenants whose head row a committed run of this process created or found. */
    private final Set<String> tenantsWithAHead = ConcurrentHashMap.newKeySet();

    /**
     * Chains up to {@link #BATCH} waiting entries; answers how many. Locks the head row, then reads
     * the waiting entries: the head's lock orders runs on every instance, and the read's snapshot,
     * taken after it, sees every entry committed before.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int chainBatch() {
        String tenant = TenantScope.required().value();
        EntityManager em = data.em();
        ChainHead head = lockHead(em, tenant);
        List<AuditEntry> waiting = em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.seq IS NULL ORDER BY e.id", AuditEntry.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (AuditEntry entry : waiting) {
            entry.chain(head.lastSeq() + 1, head.lastHash());
            head.advance(entry);
        }
        tenantsWithAHead.add(tenant);
        return waiting.size();
    }

    /** Chains an entry of the current transaction at once: the head stays locked until it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chainInline(AuditEntry entry) {
        String tenant = TenantScope.required().value();
        ChainHead head = lockHead(data.em(), tenant);
        entry.chain(head.lastSeq() + 1, head.lastHash());
        head.advance(entry);
        tenantsWithAHead.add(tenant);
    }

    /**
     * The head row, locked until the transaction ends; created at the genesis on a tenant's first
     * run. A locking read of a missing row locks the gap before the next one, and new tenant ids
     * (UUIDv7) all sort last: every new tenant's first run would wait on, and deadlock with, every
     * other's (#22). So a head this process has not yet seen is taken with an upsert, which locks
     * that one record whether or not it exists.
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
        return em.find(ChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
    }
}
