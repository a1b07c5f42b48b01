package io.custos.identity.review;

import java.time.Instant;

/** A campaign and where it stands. */
public record AccessReviewView(
        String id,
        String name,
        String regionId,
        Instant dueAt,
        boolean autoRevokeUnreviewed,
        String status,
        long itemCount,
        long decided,
        Long revoked) {}
