package io.custos.training.report;

import java.time.Instant;
import java.util.List;

/** A completion report: one row per group, and every overdue assignment. */
public record Report(String groupBy, List<ReportRow> items, List<Overdue> overdue) {

    /** An assignment not current and past its due date. */
    public record Overdue(String staffId, String courseCode, String status, Instant dueAt) {}
}
