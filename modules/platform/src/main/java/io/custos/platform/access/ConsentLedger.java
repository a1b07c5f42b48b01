package io.custos.platform.access;

/** Whether a customer's current consent state grants a purpose. Implemented by consent. */
public interface ConsentLedger {

    boolean granted(String customerId, String purpose);
}
