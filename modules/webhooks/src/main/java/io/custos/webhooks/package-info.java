/** Webhooks out: tenants' endpoints, and signed deliveries of the domain events they chose. */
package io.custos.webhooks;
