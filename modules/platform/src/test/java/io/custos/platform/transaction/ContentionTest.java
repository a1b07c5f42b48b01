package io.custos.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class ContentionTest {

    @Test
    void aDeadlockIsTransientWhereverItIsWrapped() {
        var deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        assertThat(Contention.isTransient(deadlock)).isTrue();
        assertThat(Contention.isTransient(new PersistenceException("flush", deadlock)))
                .isTrue();
        assertThat(Contention.isTransient(atCommit(new PersistenceException(deadlock))))
                .isTrue();
    }

    @Test
    void aLockWaitTimeoutAndAChangedSnapshotRecordAreTransient() {
        assertThat(Contention.isTransient(new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
                .isTrue();
        assertThat(Contention.isTransient(new SQLException("Record has changed since last read", "HY000", 1020)))
                .isTrue();
    }

    @Test
    void aLostUpdateAndAConcurrentChangeAreTransient() {
        assertThat(Contention.isTransient(atCommit(new OptimisticLockException("version changed"))))
                .isTrue();
        assertThat(Contention.isTransient(new ConcurrentChange("the pack"))).isTrue();
    }

    @Test
    void aDeadlockReportedAsTheNextExceptionOfABatchIsTransient() {
        var batch = new BatchUpdateException("batch failed", "HY000", 0, new int[0]);
        batch.setNextException(new SQLException("Deadlock found", "40001", 1213));
        assertThat(Contention.isTransient(batch)).isTrue();
    }

    @Test
    void aDuplicateKeyOrAnyOtherFailureIsNot() {
        assertThat(Contention.isTransient(new PersistenceException(
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))))
                .isFalse();
        assertThat(Contention.isTransient(new IllegalStateException("bug"))).isFalse();
        assertThat(Contention.isTransient(atCommit(new PersistenceException("connection lost"))))
                .isFalse();
    }

    private static TransactionalException atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(cause);
        return new TransactionalException("encountered exception during commit", rollback);
    }
}
