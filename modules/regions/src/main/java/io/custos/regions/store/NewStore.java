package io.custos.regions.store;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A store to create: ISO 3166-1 country, optional ISO 3166-2 subdivision, optional region. */
public record NewStore(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9_-]{1,40}$", message = "must be 1 to 40 of A-Z a-z 0-9 _ -")
        String code,

        @NotNull @Present @Length(max = 200) String name,

        @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        String country,

        @Pattern(regexp = "^[A-Z]{2}-[A-Z0-9]{1,3}$", message = "must be an ISO 3166-2 code such as US-CA")
        String subdivision,

        String regionId) {}
