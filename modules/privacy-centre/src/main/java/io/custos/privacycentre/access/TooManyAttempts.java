package io.custos.privacycentre.access;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import java.time.Duration;
import java.util.Map;

/** 429 with Retry-After: too many redemption attempts from one address, or for one code. */
public class TooManyAttempts extends DomainProblem {
    private final long retryAfterSeconds;

    TooManyAttempts(Duration remaining) {
        super("too many attempts; try again later");
        this.retryAfterSeconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
    }

    @Override
    public Problem problem() {
        return Problem.of(429, "too-many-attempts", "Too Many Requests", getMessage());
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
