package io.custos.consent.ledger;

/**
 * Where a consent event came from; GPC is a browser's Global Privacy Control signal, REQUEST a
 * data-subject request (an opt-out) fulfilled by staff, CENTRE the customer's own choice in the
 * privacy centre.
 */
public enum ConsentSource {
    POS,
    WEB,
    APP,
    EMAIL,
    GPC,
    GUARDIAN,
    IMPORT,
    REQUEST,
    CENTRE
}
