package io.custos.customers.api;

import java.util.List;

/**
 * Which of the bound tenant's customers a query chooses: those in any of the stores, any of the
 * regions, any of the countries and among the ids, each kind left empty or null leaving it open;
 * a selection naming none of them chooses nobody rather than everyone.
 */
public record CustomerSelection(
        List<String> storeIds, List<String> regionIds, List<String> countries, List<String> customerIds) {

    public CustomerSelection {
        storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
        regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
        countries = countries == null ? List.of() : List.copyOf(countries);
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
    }

    public boolean namesNothing() {
        return storeIds.isEmpty() && regionIds.isEmpty() && countries.isEmpty() && customerIds.isEmpty();
    }
}
