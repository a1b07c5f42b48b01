package io.custos.tenants.api;

import io.custos.platform.tenancy.TenantId;
import java.time.Instant;

/** A store chain was created with its first administrator. */
public record TenantOnboarded(TenantId tenantId, String slug, String adminStaffId, Instant at) {}
