package io.custos.training.quiz;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** 429 with Retry-After and {@code nextAttemptAt}: the day's attempts at a course's quiz are used up. */
public class TooManyAttempts extends DomainProblem {
    private final Instant nextAttemptAt;
    private final long retryAfterSeconds;

    TooManyAttempts(int perDay, String courseCode, Instant nextAttemptAt, Instant now) {
        super(perDay + " attempts at the quiz of " + courseCode + " within 24 hours; the next is allowed at "
                + nextAttemptAt);
        this.nextAttemptAt = nextAttemptAt;
        this.retryAfterSeconds =
                Math.max(1, (Duration.between(now, nextAttemptAt).toMillis() + 999) / 1000);
    }

    @Override
    public Problem problem() {
        return Problem.of(429, "quiz-attempts-exhausted", "Too many attempts", getMessage())
                .with("nextAttemptAt", nextAttemptAt.toString());
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
