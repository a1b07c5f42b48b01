package io.custos.platform.transaction;

import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * A transaction found that a concurrent one created or changed what it was about to (its insert hit
 * the other's unique key): running it again reads what the other committed and decides on that.
 * Thrown where a use case knows the clash is a lost race; {@link ContentionRetry} reruns the
 * transaction, and only if every attempt loses does the caller see the 409.
 */
public class ConcurrentChange extends Conflict {

    public ConcurrentChange(String what) {
        super("concurrent-change", what + " was changed by another request at the same moment; send it again");
    }

    /**
     * Writes what {@code em} holds now; a clash on {@code uniqueKey} means another request made the
     * same row first, so this one is a lost race about {@code what}.
     */
    public static void flush(EntityManager em, String uniqueKey, String what) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, uniqueKey)) {
                throw new ConcurrentChange(what);
            }
            throw e;
        }
    }
}
