package io.custos.platform.problem;

import java.util.Map;

/**
 * Base of the exceptions that say, in domain words, why a request cannot be done. One mapper
 * turns each into its problem answer; nothing else builds error responses.
 */
public abstract class DomainProblem extends RuntimeException {

    protected DomainProblem(String detail) {
        super(detail, null, false, false);
    }

    public abstract Problem problem();

    /** Headers the answer carries besides the problem (such as {@code Retry-After}). */
    public Map<String, String> headers() {
        return Map.of();
    }
}
