package io.custos.identity.scim;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** A SCIM token to create, named after the identity provider that will use it. */
public record NewScimToken(
        @NotNull @Present @Length(max = 100) String name) {}
