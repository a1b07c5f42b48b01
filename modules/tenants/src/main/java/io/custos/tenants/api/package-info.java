/** What other modules may use of store chains: their events and their settings. */
package io.custos.tenants.api;
