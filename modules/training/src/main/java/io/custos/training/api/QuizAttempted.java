package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A staff member started an attempt at a course version's quiz (the questions drawn), or submitted
 * it ({@code score}, {@code passed} and the questions answered wrong, as the server scored them).
 */
public record QuizAttempted(
        TenantId tenantId,
        String actorId,
        String targetId,
        String courseCode,
        String version,
        boolean submitted,
        List<String> questions,
        Integer score,
        Boolean passed,
        List<String> wrong,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return submitted ? "training.attempt.submit" : "training.attempt.start";
    }

    @Override
    public String targetType() {
        return "training-attempt";
    }

    @Override
    public Map<String, Object> details() {
        return submitted
                ? Map.of(
                        "courseCode", courseCode,
                        "version", version,
                        "score", score,
                        "passed", passed,
                        "wrong", wrong)
                : Map.of("courseCode", courseCode, "version", version, "questions", questions);
    }
}
