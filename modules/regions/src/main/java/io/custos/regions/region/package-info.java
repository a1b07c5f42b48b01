/** Aggregate root: {@link io.custos.regions.region.Region}, a tenant's grouping of stores. */
package io.custos.regions.region;
