package io.custos.identity.grant;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Grants to end in one all-or-none request, for one reason. */
public record Revocations(
        @NotNull @Length(min = 1, max = BulkGrants.MAX_ITEMS)
        List<@NotNull String> grantIds,

        @NotNull @Present @Length(max = 500) String reason) {}
