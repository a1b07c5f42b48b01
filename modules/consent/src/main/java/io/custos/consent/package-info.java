/**
 * Consent per purpose: the purpose catalogue, append-only consent events with a current-state
 * projection, lawfulness by the customer's rule pack (opt-in, opt-out, GPC, minors), the consent
 * gate of the access decision, and consent-aware segments queried in SQL.
 */
package io.custos.consent;
