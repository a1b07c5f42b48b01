package io.custos.training.completion;

/**
 * One completion as another LMS reports it: the staff member (id or username), the course and
 * version, when it was completed there (RFC 3339), the score, the system and its evidence
 * reference. Every field is checked row by row, so each is taken as given here.
 */
public record CompletionRow(
        String staff,
        String courseCode,
        String version,
        String completedAt,
        Integer score,
        String sourceSystem,
        String evidenceRef) {}
