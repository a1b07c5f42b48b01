package io.custos.regions.api;

import java.util.Optional;

/** The bound tenant's stores and regions, as far as scopes and countries need them. */
public interface StoreDirectory {

    Optional<StoreFacts> store(String storeId);

    boolean regionExists(String regionId);

    /** Stores and regions by the tenant's own codes, as tenant-config names them. */
    Optional<String> storeIdByCode(String code);

    Optional<String> regionIdByCode(String code);

    /** The tenant's own codes of a store and of a region, to name a scope. */
    Optional<String> storeCode(String storeId);

    Optional<String> regionCode(String regionId);

    /** Every store of the bound tenant with its code and its region's code, for per-store reports. */
    java.util.List<ListedStore> stores();

    /** A store as listings and reports name it. */
    record ListedStore(
            String id, String code, String regionId, String regionCode, String country, String subdivision) {}

    /** A store's place: its region (if any) and its country and subdivision (ISO 3166). */
    record StoreFacts(String id, String regionId, String country, String subdivision) {}
}
