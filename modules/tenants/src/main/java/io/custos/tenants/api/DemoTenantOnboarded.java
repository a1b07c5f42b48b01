package io.custos.tenants.api;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.tenancy.TenantId;

/**
 * The demo tenant was onboarded and configured on this start-up (its transaction committed), from
 * {@code document}: a demo-data step may now add to it. Never fired for a slug that existed already,
 * so a restart on the same data adds nothing twice.
 */
public record DemoTenantOnboarded(TenantId tenantId, String slug, String adminStaffId, ConfigNode document) {}
