package io.custos.consent.segment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Customers lawful for a purpose, narrowed by place. */
public record SegmentQuery(@NotNull String purpose, @Valid Filters filters) {

    public record Filters(
            @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE")
            String country,

            String storeId,
            String regionId) {}

    Filters filtersOrNone() {
        return filters == null ? new Filters(null, null, null) : filters;
    }
}
