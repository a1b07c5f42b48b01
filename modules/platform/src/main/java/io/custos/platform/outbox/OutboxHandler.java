package io.custos.platform.outbox;

/**
 * Delivers the outbox entries of one kind: a module makes it a CDI bean. Delivery is at least once
 * (an instance may die after delivering and before recording it), so a receiver should tolerate a
 * repeat; an exception marks the attempt failed, to be retried with back-off.
 */
public interface OutboxHandler {

    /** The kind this handler delivers, as given to {@link Outbox#enqueue}. */
    String kind();

    /** Delivers {@code message}; runs outside any transaction, with the entry's tenant bound if it has one. */
    void deliver(OutboxMessage message) throws Exception;
}
