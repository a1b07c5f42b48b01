/** What other modules may use of regions: the rule packs, and events about regions and stores. */
package io.custos.regions.api;
