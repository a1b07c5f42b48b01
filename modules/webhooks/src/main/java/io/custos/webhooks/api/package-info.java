/** What other modules (the audit trail) see of webhooks: the events of endpoint administration. */
package io.custos.webhooks.api;
