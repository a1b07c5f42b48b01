package io.custos.training.assignment;

import io.custos.training.acknowledgment.Standing;
import io.custos.training.course.Course;
import java.time.Instant;

/**
 * One staff member's progress on one course as people read it: DUE (nothing current to show),
 * CURRENT, or EXPIRED; due at the assignment's date while DUE, at the acknowledgment's expiry
 * otherwise (so a reminder feed sees renewals coming).
 */
public record Progress(
        String staffId, Course course, boolean assigned, Status status, Instant dueAt, Standing standing) {

    public enum Status {
        DUE,
        CURRENT,
        EXPIRED
    }

    /** {@code assignedDue} is null when the course is not assigned (the staff member took it anyway). */
    public static Progress of(String staffId, Course course, Instant assignedDue, Standing standing) {
        Status status =
                switch (standing.state()) {
                    case CURRENT -> Status.CURRENT;
                    case EXPIRED -> Status.EXPIRED;
                    case OUTDATED, NEVER -> Status.DUE;
                };
        Instant due = status == Status.DUE ? assignedDue : standing.expiresAt();
        return new Progress(staffId, course, assignedDue != null, status, due, standing);
    }

    /** Not current and past its due date. */
    public boolean isOverdueAt(Instant now) {
        return status != Status.CURRENT && dueAt != null && !dueAt.isAfter(now);
    }

    /** Due (or expiring) by {@code horizon}: what a reminder should mention. */
    public boolean isDueBy(Instant horizon) {
        return dueAt != null && !dueAt.isAfter(horizon);
    }
}
