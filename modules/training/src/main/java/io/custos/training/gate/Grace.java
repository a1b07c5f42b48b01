package io.custos.training.gate;

import io.custos.tenants.api.TenantSettings;
import io.custos.training.acknowledgment.Standing;
import io.custos.training.course.Course;
import io.custos.training.course.GraceRule;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a required course that is not current may go unacknowledged before it blocks: the
 * course's own rule, else the tenant's. Grace runs from the assignment's due date (or, for an
 * expired acknowledgment, its expiry when later); a course never assigned has no deadline anyone
 * was told of, so it blocks at once.
 */
record Grace(boolean blocksAtOnce, Duration days) {

    static Grace of(Course course, TenantSettings.Training tenant) {
        GraceRule rule = course.graceMode() == GraceRule.TENANT_DEFAULT
                ? (tenant.graceMode() == TenantSettings.GraceMode.AFTER_DUE_PLUS_GRACE
                        ? GraceRule.AFTER_DUE_PLUS_GRACE
                        : GraceRule.BLOCK_AT_ONCE)
                : course.graceMode();
        int days = course.graceDays() == null ? tenant.graceDays() : course.graceDays();
        return new Grace(rule == GraceRule.BLOCK_AT_ONCE, Duration.ofDays(days));
    }

    /** The due date the grace runs from; null when the course is not assigned. */
    static Instant dueDate(Instant assignedDue, Standing standing) {
        if (assignedDue == null) {
            return null;
        }
        Instant expired = standing.state() == Standing.State.EXPIRED ? standing.expiresAt() : null;
        return expired != null && expired.isAfter(assignedDue) ? expired : assignedDue;
    }

    /** Until when a course due at {@code due} passes without a current acknowledgment; null: it blocks now. */
    Instant openUntil(Instant due) {
        return blocksAtOnce || due == null ? null : due.plus(days);
    }
}
