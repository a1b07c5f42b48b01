package io.custos.platform.web;

import java.util.Optional;

/**
 * The request being served on this thread, as far as the audit trail records it: its id and the
 * client's address. Set by {@link RequestIdFilter} for the duration of the request only.
 */
public final class RequestContext {

    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    private RequestContext() {}

    public static Optional<Current> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(Current current) {
        CURRENT.set(current);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The request id and the client address of a request. */
    public record Current(String requestId, String clientAddress) {}
}
