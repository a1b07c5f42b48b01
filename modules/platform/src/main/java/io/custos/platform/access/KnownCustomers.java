package io.custos.platform.access;

/** Whether a customer id names a customer of the bound tenant; implemented by the customer module. */
public interface KnownCustomers {

    boolean exists(String customerId);
}
