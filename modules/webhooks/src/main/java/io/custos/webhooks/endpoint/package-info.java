/** A tenant's webhook endpoints (aggregate root {@link io.custos.webhooks.endpoint.Endpoint}) and their secrets. */
package io.custos.webhooks.endpoint;
