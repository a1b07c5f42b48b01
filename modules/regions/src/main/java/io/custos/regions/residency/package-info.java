/** The residency gate: a customer's rule pack may keep their data from staff based abroad. */
package io.custos.regions.residency;
