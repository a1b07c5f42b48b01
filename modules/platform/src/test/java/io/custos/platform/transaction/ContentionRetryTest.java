package io.custos.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentionRetryTest {

    private final Transactions transactions = new Transactions();

    @Test
    void aTransactionThatLostARaceRunsAgainAndAnswersWhatTheNextAttemptDid() throws Exception {
        var retry = interceptor(6);
        var work = new Work(new OptimisticLockException("lost"), deadlock(), "done");

        assertThat(retry.retryOnContention(work)).isEqualTo("done");
        assertThat(work.runs).isEqualTo(3);
    }

    @Test
    void theLastAttemptsFailureGoesToTheCaller() {
        var retry = interceptor(3);
        var work = new Work(deadlock(), deadlock(), new OptimisticLockException("third"), "never");

        assertThatThrownBy(() -> retry.retryOnContention(work))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("third");
        assertThat(work.runs).isEqualTo(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        var retry = interceptor(6);
        var work = new Work(new IllegalArgumentException("bad input"), "never");

        assertThatThrownBy(() -> retry.retryOnContention(work)).isInstanceOf(IllegalArgumentException.class);
        assertThat(work.runs).isEqualTo(1);
    }

    @Test
    void workThatJoinsARunningTransactionIsLeftToTheOneThatBeganIt() {
        var retry = interceptor(6);
        transactions.status = Status.STATUS_ACTIVE;
        var work = new Work(deadlock(), "never");

        assertThatThrownBy(() -> retry.retryOnContention(work)).isInstanceOf(SQLTransactionRollbackException.class);
        assertThat(work.runs).isEqualTo(1);

        transactions.status = Status.STATUS_MARKED_ROLLBACK;
        var doomed = new Work(deadlock(), "never");
        assertThatThrownBy(() -> retry.retryOnContention(doomed)).isInstanceOf(SQLTransactionRollbackException.class);
        assertThat(doomed.runs).isEqualTo(1);
    }

    private ContentionRetry interceptor(int attempts) {
        var retry = new ContentionRetry.Required();
        retry.transactions = transactions;
        retry.attempts = attempts;
        return retry;
    }

    private static SQLTransactionRollbackException deadlock() {
        return new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
    }

    /** The intercepted method: each run throws or answers the next outcome. */
    private static final class Work implements InvocationContext {
        private final Deque<Object> outcomes;
        int runs;

        Work(Object... outcomes) {
            this.outcomes = new ArrayDeque<>(java.util.List.of(outcomes));
        }

        @Override
        public Object proceed() throws Exception {
            runs++;
            Object outcome = outcomes.pop();
            if (outcome instanceof Exception failure) {
                throw failure;
            }
            return outcome;
        }

        @Override
        public Object getTarget() {
            return this;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            try {
                return Work.class.getMethod("proceed");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {}

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }
    }

    /** No transaction unless a test says otherwise. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_NO_TRANSACTION;

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {}

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
