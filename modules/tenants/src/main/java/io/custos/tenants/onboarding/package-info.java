/** Aggregate root: {@link io.custos.tenants.onboarding.Tenant}, a store chain and its status. */
package io.custos.tenants.onboarding;
