package io.custos.platform.transaction;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure that another transaction caused, and that the same work may well pass when run
 * again, from every other failure: a deadlock or lock-wait timeout the database reports, a
 * serialization failure, a lost update (optimistic lock) or a {@link ConcurrentChange}.
 */
public final class Contention {

    /** MySQL/MariaDB: deadlock, lock wait timeout, "record has changed since last read" (snapshot isolation). */
    private static final Set<Integer> TRANSIENT_ERROR_CODES = Set.of(1213, 1205, 1020);

    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int DEEPEST_CAUSE = 32;

    private Contention() {}

    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < DEEPEST_CAUSE; t = next(t), depth++) {
            if (t instanceof ConcurrentChange
                    || t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (TRANSIENT_ERROR_CODES.contains(sql.getErrorCode())
                            || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
