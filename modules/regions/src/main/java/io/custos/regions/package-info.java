/** Regions, stores and the country rule packs that govern the customers of each store. */
package io.custos.regions;
