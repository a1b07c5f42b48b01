package io.custos.identity.grant;

import io.custos.platform.validation.Length;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Grants to give in one all-or-none request. */
public record NewGrants(
        @NotNull @Length(min = 1, max = BulkGrants.MAX_ITEMS)
        List<@NotNull @Valid NewGrant> grants) {}
