package io.custos.customers.insights;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** What to count by (country, storeId, regionId, month, ageBand) and within which filters. */
public record AggregateQuery(
        @NotNull @Length(min = 1, max = 3) List<@NotNull String> groupBy, Map<String, String> filters) {}
