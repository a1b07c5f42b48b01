package io.custos.identity.grant;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** Why a grant ends. */
public record Revocation(
        @NotNull @Present @Length(max = 500) String reason) {}
