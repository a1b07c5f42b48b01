/** Aggregated, small-cell-suppressed counts for analysts: no row-level data leaves. */
package io.custos.customers.insights;
