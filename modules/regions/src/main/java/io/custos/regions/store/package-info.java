/** Aggregate root: {@link io.custos.regions.store.Store}, a shop in a country, governed by its rule pack. */
package io.custos.regions.store;
