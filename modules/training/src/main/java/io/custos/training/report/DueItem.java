package io.custos.training.report;

import java.time.Instant;

/** A reminder: a course due (or an acknowledgment expiring) for a staff member by the horizon. */
public record DueItem(String staffId, String courseCode, String status, Instant dueAt, boolean overdue) {}
