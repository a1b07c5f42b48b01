package io.custos.training.acknowledgment;

import java.time.Instant;

/**
 * One acknowledgment (or an old failed attempt), as its staff member and auditors see it; an
 * imported completion names its {@code sourceSystem} and {@code evidenceRef} and has no hashes.
 */
public record AcknowledgmentView(
        String id,
        String courseCode,
        String staffId,
        String version,
        Integer score,
        boolean passed,
        String statementHash,
        String contentHash,
        String attemptId,
        String sourceSystem,
        String evidenceRef,
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
                a.contentHash(),
                a.attemptId(),
                a.sourceSystem(),
                a.evidenceRef(),
                a.client(),
                a.acknowledgedAt(),
                a.expiresAt());
    }
}
