package io.custos.platform.tenancy;

import java.util.Optional;

/** Finds store chains by slug for work that starts without a tenant (login). Owned by tenants. */
public interface TenantDirectory {

    Optional<TenantSummary> findActiveBySlug(String slug);

    Optional<TenantSummary> find(TenantId id);

    /** What other modules may know of a tenant. */
    record TenantSummary(TenantId id, String slug, String name, String headquartersCountry) {}
}
