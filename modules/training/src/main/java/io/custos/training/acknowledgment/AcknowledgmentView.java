package io.custos.training.acknowledgment;

import java.time.Instant;

/** One acknowledgment or failed attempt, as its staff member and auditors see it. */
public record AcknowledgmentView(
        String id,
        String courseCode,
        String staffId,
        String version,
        Integer score,
        boolean passed,
        String statementHash,
        String client,
        Instant acknowledgedAt,
        Instant expiresAt) {

    static AcknowledgmentView of(String courseCode, Acknowledgment a) {
        return new AcknowledgmentView(
                a.id(),
                courseCode,
                a.staffId(),
                a.versionName(),
                a.score(),
                a.passed(),
                a.statementHash(),
                a.client(),
                a.acknowledgedAt(),
                a.expiresAt());
    }
}
