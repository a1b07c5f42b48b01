package io.custos.identity.lockout;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import java.time.Duration;
import java.util.Map;

/** 423 with Retry-After: too many failed logins; said alike for accounts that do not exist. */
public class AccountLocked extends DomainProblem {
    private final long retryAfterSeconds;

    AccountLocked(Duration remaining) {
        super("too many failed logins; try again later");
        this.retryAfterSeconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
    }

    @Override
    public Problem problem() {
        return Problem.of(423, "account-locked", "Locked", getMessage());
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
