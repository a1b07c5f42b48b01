package io.custos.training.api;

import io.custos.platform.tenancy.TenantId;
import java.time.Instant;

/**
 * A staff member's course is past its due date and not completed, announced by every reminder
 * round while it stays so: observers key their once-only work on {@link #occurrence()}. Not a
 * change, so not on the audit trail.
 */
public record TrainingOverdue(TenantId tenantId, String staffId, String courseId, String courseCode, Instant dueAt) {

    /** The same for every announcement of this course for this person and this due date. */
    public String occurrence() {
        return "training.overdue:" + staffId + ":" + courseId + ":" + dueAt.toEpochMilli();
    }
}
