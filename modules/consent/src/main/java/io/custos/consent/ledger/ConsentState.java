package io.custos.consent.ledger;

/** What a customer said about a purpose. */
public enum ConsentState {
    GRANTED,
    WITHDRAWN,
    DENIED
}
