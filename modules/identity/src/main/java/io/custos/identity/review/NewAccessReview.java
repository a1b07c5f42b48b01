package io.custos.identity.review;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A campaign to start: all grants but the reviewer's own, or those of one region. */
public record NewAccessReview(
        @NotNull @Present @Length(max = 200) String name,
        String regionId,
        Instant dueAt,
        boolean autoRevokeUnreviewed) {}
