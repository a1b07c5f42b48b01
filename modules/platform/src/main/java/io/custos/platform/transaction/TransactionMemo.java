package io.custos.platform.transaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values read once per transaction: one decision asks several gates, each of which needs the same
 * rows (a tenant's rule-pack overrides, its courses), and no query should repeat within a request
 * (#18). A transaction binds one tenant, so keys need not name it. Writers forget what they change.
 */
@ApplicationScoped
public class TransactionMemo {

    private static final String MEMO = TransactionMemo.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The value of {@code key} in this transaction, computed on first use; outside one, each time. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Map<Object, Object> memo = memo();
        if (memo == null) {
            return compute.get();
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = compute.get();
        memo.put(key, value);
        return value;
    }

    /** Forgets {@code key} in this transaction, after a change to what it stands for. */
    public void forget(Object key) {
        Map<Object, Object> memo = memo();
        if (memo != null) {
            memo.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> memo() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Map<Object, Object> memo = (Map<Object, Object>) transactions.getResource(MEMO);
        if (memo == null) {
            memo = new HashMap<>();
            transactions.putResource(MEMO, memo);
        }
        return memo;
    }
}
