/** What other modules may use of consent: its events, and the ledger that data-subject requests use. */
package io.custos.consent.api;
