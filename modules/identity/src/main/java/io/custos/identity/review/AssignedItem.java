package io.custos.identity.review;

import java.time.Instant;

/** An item of an open campaign that a reviewer is to decide, with the campaign it belongs to. */
public record AssignedItem(String reviewId, String reviewName, Instant reviewDueAt, ItemView item) {}
