package io.custos.training.course;

/** How a course that falls due treats staff who have not acknowledged it yet. */
public enum GraceRule {
    /** As the tenant's setting {@code training.graceMode} says. */
    TENANT_DEFAULT,
    /** Refuse as soon as the course is required and not current. */
    BLOCK_AT_ONCE,
    /** Allow until the assignment's due date plus the grace days, then refuse. */
    AFTER_DUE_PLUS_GRACE
}
