package io.custos.identity.breakglass;

import java.time.Instant;

/** A break-glass use as its holder and its reviewers see it, with its state now. */
public record BreakGlassView(
        String id,
        String staffId,
        String customerId,
        String storeId,
        String reason,
        Instant openedAt,
        Instant expiresAt,
        BreakGlass.Status status,
        Instant closedAt,
        String closedBy,
        Instant reviewDueAt,
        boolean overdue,
        Instant reviewedAt,
        String reviewedBy,
        Boolean justified,
        String reviewNote) {

    static BreakGlassView of(BreakGlass use, Instant now) {
        return new BreakGlassView(
                use.id(),
                use.staffId(),
                use.customerId(),
                use.storeId(),
                use.reason(),
                use.openedAt(),
                use.expiresAt(),
                use.statusAt(now),
                use.closedAt(),
                use.closedBy(),
                use.reviewDueAt(),
                use.isOverdueAt(now),
                use.reviewedAt(),
                use.reviewedBy(),
                use.justified(),
                use.reviewNote());
    }
}
