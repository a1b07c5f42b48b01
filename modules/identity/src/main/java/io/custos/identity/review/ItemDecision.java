package io.custos.identity.review;

import jakarta.validation.constraints.NotNull;

/** KEEP or REVOKE. */
public record ItemDecision(@NotNull AccessReviewItem.Decision decision) {}
