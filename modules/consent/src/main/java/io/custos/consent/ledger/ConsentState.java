package io.custos.consent.ledger;

/** What a customer said about a purpose. */
public enum ConsentState {
    GRANTED,
    WITHDRAWN,
    DENIED,
    /**
     * A grant waiting for the customer to confirm it by the link mailed to them (double opt-in):
     * kept in the history, never in force, so it moves no current state and lawfulness never sees it.
     */
    PENDING
}
