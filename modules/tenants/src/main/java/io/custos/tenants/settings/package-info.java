/** Aggregate root: {@link io.custos.tenants.settings.StoredSettings}, the tenant's settings document. */
package io.custos.tenants.settings;
