package io.custos.tenants.settings;

import io.custos.tenants.api.TenantSettings;

/** The settings in force and their version, the ETag an update must name (0: never changed). */
public record Versioned(TenantSettings settings, long version) {}
