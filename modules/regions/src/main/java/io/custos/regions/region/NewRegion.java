package io.custos.regions.region;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A region to create; the code is the tenant's own short name for it. */
public record NewRegion(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9_-]{1,40}$", message = "must be 1 to 40 of A-Z a-z 0-9 _ -")
        String code,

        @NotNull @Present @Length(max = 200) String name) {}
