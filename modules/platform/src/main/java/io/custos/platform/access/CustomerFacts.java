package io.custos.platform.access;

import io.custos.platform.tenancy.TenantId;
import java.util.Objects;

/**
 * What the gates need to know of a customer: whose it is (owner, team, home store and region)
 * and where it lives (country, subdivision, the rule pack that governs it).
 */
public record CustomerFacts(
        TenantId tenantId,
        String customerId,
        String ownerId,
        String teamId,
        String storeId,
        String regionId,
        String country,
        String subdivision) {

    public CustomerFacts {
        Objects.requireNonNull(tenantId, "tenant");
        Objects.requireNonNull(customerId, "customer");
    }
}
