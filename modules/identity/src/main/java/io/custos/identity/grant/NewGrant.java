package io.custos.identity.grant;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A request to grant a role over a scope, for a window, with a reason. */
public record NewGrant(
        @NotNull String staffId,
        @NotNull String roleId,
        @NotNull @Valid Scope scope,
        Instant validFrom,
        Instant validUntil,
        @NotNull @Present @Length(max = 500) String reason) {}
