package io.custos.platform.transaction;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a use case's transaction again when it lost a race to another ({@link Contention}): a
 * deadlock, a lock-wait timeout, a lost update, a {@link ConcurrentChange}. It sits around the
 * JTA interceptor of the outermost {@code @Transactional} method (the one that begins and ends the
 * transaction), so every attempt is a whole, new transaction and nothing is retried inside one
 * that already failed; a method that joins a running transaction is never retried on its own.
 * Up to {@code custos.transactions.attempts} attempts, with a short, jittered, growing pause
 * between them so that the racers do not meet again. The last failure goes to the caller as is.
 *
 * <p>{@code @Transactional}'s {@code value} is a binding member, so the interceptor is declared
 * once per transaction type that begins a transaction of its own.
 */
public abstract class ContentionRetry {

    /** Before the JTA interceptors, whose priority is {@code PLATFORM_BEFORE + 200}. */
    static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 100;

    private static final Logger LOG = Logger.getLogger(ContentionRetry.class.getName());
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "custos.transactions.attempts", defaultValue = "6")
    int attempts;

    @AroundInvoke
    Object retryOnContention(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed(); // part of a transaction begun further out: that one is retried
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception failure) {
                if (attempt >= attempts || !Contention.isTransient(failure)) {
                    throw failure;
                }
                int failed = attempt;
                LOG.log(
                        Level.FINE,
                        failure,
                        () -> invocation.getMethod() + " lost a race (attempt " + failed + " of " + attempts
                                + "); running it again");
                pause(attempt);
            }
        }
    }

    /** Full jitter: anywhere up to 10 ms after the first attempt, 20 ms after the second, ... at most 250 ms. */
    private static void pause(int attempt) throws InterruptedException {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 10));
        Thread.sleep(1 + ThreadLocalRandom.current().nextLong(ceiling));
    }

    /** For {@code @Transactional} (REQUIRED): begins a transaction when none is running. */
    @Transactional
    @Interceptor
    @Priority(PRIORITY)
    public static class Required extends ContentionRetry {}

    /** For {@code @Transactional(REQUIRES_NEW)}: retried only when it is not nested in another transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(PRIORITY)
    public static class RequiresNew extends ContentionRetry {}
}
