package io.custos.training.assignment;

import java.time.Instant;

/** An assignment. */
public record AssignmentView(
        String id, String staffId, String courseCode, String source, Instant assignedAt, Instant dueAt) {

    static AssignmentView of(Assignment a, String courseCode) {
        return new AssignmentView(a.id(), a.staffId(), courseCode, a.source().name(), a.assignedAt(), a.dueAt());
    }
}
