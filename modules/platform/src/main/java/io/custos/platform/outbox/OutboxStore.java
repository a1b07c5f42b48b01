package io.custos.platform.outbox;

import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The delivery side of the outbox, each step a short transaction of its own. An entry is leased
 * by a conditional update of the attempt count it was read with, so of two instances only one
 * delivers it; a lease of an instance that died lapses and the entry is delivered again.
 */
@ApplicationScoped
public class OutboxStore {

    static final int ERROR_LENGTH = 1000;

    @Inject
    TenantData data;

    /** Entries whose next attempt is due and that no live delivery holds, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEntry> due(Instant now, int limit) {
        return em().createQuery(
                        "SELECT e FROM OutboxEntry e WHERE e.status = :pending AND e.nextAttemptAt <= :now"
                                + " AND (e.leasedUntil IS NULL OR e.leasedUntil < :now) ORDER BY e.nextAttemptAt",
                        OutboxEntry.class)
                .setParameter("pending", OutboxEntry.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes {@code entry} as read for one attempt until {@code until}; false when another instance took it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean lease(OutboxEntry entry, Instant now, Instant until) {
        return em().createNativeQuery("UPDATE platform_outbox SET attempts = attempts + 1, leased_until = ?1"
                                + " WHERE id = ?2 AND status = 'PENDING' AND attempts = ?3"
                                + " AND (leased_until IS NULL OR leased_until < ?4)")
                        .setParameter(1, utc(until))
                        .setParameter(2, entry.id())
                        .setParameter(3, entry.attempts())
                        .setParameter(4, utc(now))
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(String id, Instant now) {
        em().createNativeQuery("UPDATE platform_outbox SET status = 'DELIVERED', delivered_at = ?1,"
                        + " leased_until = NULL, last_error = NULL WHERE id = ?2")
                .setParameter(1, utc(now))
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Records a failed attempt: due again at {@code retryAt}, or DEAD (kept, visible) when there is none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String id, String error, Instant retryAt, Instant now) {
        em().createNativeQuery("UPDATE platform_outbox SET status = ?1, last_error = ?2, next_attempt_at = ?3,"
                        + " leased_until = NULL WHERE id = ?4")
                .setParameter(1, retryAt == null ? OutboxEntry.DEAD : OutboxEntry.PENDING)
                .setParameter(2, error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH))
                .setParameter(3, utc(retryAt == null ? now : retryAt))
                .setParameter(4, id)
                .executeUpdate();
    }

    /** Delivered entries older than {@code before}; dead ones stay until someone looks at them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetDeliveredBefore(Instant before) {
        return em().createNativeQuery("DELETE FROM platform_outbox WHERE status = 'DELIVERED' AND delivered_at < ?1")
                .setParameter(1, utc(before))
                .executeUpdate();
    }

    private EntityManager em() {
        return data.sharedEm();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
