/** Deliveries of domain events to endpoints: signed, through the outbox, each attempt logged. */
package io.custos.webhooks.delivery;
