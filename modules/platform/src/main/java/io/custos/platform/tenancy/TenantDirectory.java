package io.custos.platform.tenancy;

import java.util.List;
import java.util.Optional;

/** Finds store chains by slug for work that starts without a tenant (login, jobs). Owned by tenants. */
public interface TenantDirectory {

    Optional<TenantSummary> findActiveBySlug(String slug);

    Optional<TenantSummary> find(TenantId id);

    /** Every active store chain, for work that runs once per tenant (per-tenant jobs); inside a transaction. */
    List<TenantId> activeTenants();

    /** What other modules may know of a tenant. */
    record TenantSummary(TenantId id, String slug, String name, String headquartersCountry) {}
}
