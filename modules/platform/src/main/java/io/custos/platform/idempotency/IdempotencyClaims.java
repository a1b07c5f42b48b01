package io.custos.platform.idempotency;

import io.custos.platform.id.Ids;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The transactions of a request with an Idempotency-Key: claim the key (its own, short), do the
 * work and store its answer in place of the claim (the use case's), or give the claim up when
 * the work failed (its own). No step takes a lock another caller's key would wait on. Used by
 * {@link Idempotency}; each step is a transaction of its own, so it lives in a bean of its own.
 */
@ApplicationScoped
public class IdempotencyClaims {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    /** What claiming a key found: the answer to replay, or the claim this request now holds. */
    public record Outcome(StoredAnswer answer, String claim) {}

    /**
     * Claims the key for this request, or answers the first request's answer; 409 while another
     * request holds the key, 422 for the key used with another request. The key is read without a
     * lock (a locking read of a missing key would lock the gap to its neighbours' keys); a claim
     * made meanwhile by another request makes the insert fail as a duplicate, once that one commits.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome claim(IdempotencyRecord.Key key, String fingerprint) {
        EntityManager em = data.sharedEm();
        Instant now = clock.instant();
        String claim = Ids.newId();
        IdempotencyRecord record = em.find(IdempotencyRecord.class, key);
        if (record == null) {
            em.persist(new IdempotencyRecord(key, fingerprint, claim, now));
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (Constraints.isDuplicateOf(e, "PRIMARY")) {
                    throw new RequestInProgress();
                }
                throw e;
            }
            return new Outcome(null, claim);
        }
        if (record.isFreeAt(now)) {
            try {
                em.refresh(record, LockModeType.PESSIMISTIC_WRITE); // an existing row: this lock takes no gap
            } catch (EntityNotFoundException released) {
                throw new RequestInProgress(); // its abandoned request gave it up just now
            }
            if (record.isFreeAt(now)) {
                record.claimAgain(fingerprint, claim, now);
                return new Outcome(null, claim);
            }
        }
        if (!record.isFor(fingerprint)) {
            throw new Unprocessable("idempotency-key-reused", "this Idempotency-Key was used for a different request");
        }
        if (record.isInFlight()) {
            throw new RequestInProgress();
        }
        return new Outcome(record.answer(), null);
    }

    /** Does the work and keeps its answer in place of the claim, in the work's transaction. */
    @Transactional
    public StoredAnswer answer(IdempotencyRecord.Key key, String claim, Supplier<StoredAnswer> work) {
        StoredAnswer answer = work.get();
        IdempotencyRecord record = data.sharedEm().find(IdempotencyRecord.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !record.isClaimedBy(claim)) {
            throw new RequestInProgress(); // the claim was taken as abandoned: the other one answers
        }
        record.answer(answer, clock.instant());
        return answer;
    }

    /** Gives up the claim of a request whose work failed: the next request with the key does it afresh. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(IdempotencyRecord.Key key, String claim) {
        data.sharedEm()
                .createQuery("DELETE FROM IdempotencyRecord r WHERE r.callerScope = :scope"
                        + " AND r.idempotencyKey = :key AND r.claim = :claim")
                .setParameter("scope", key.callerScope)
                .setParameter("key", key.idempotencyKey)
                .setParameter("claim", claim)
                .executeUpdate();
    }

    /** A request without a key: the work in a transaction of its own. */
    @Transactional
    public StoredAnswer once(Supplier<StoredAnswer> work) {
        return work.get();
    }
}
