/** Aggregate root: {@link io.custos.customers.customer.Customer}, a store chain's customer record. */
package io.custos.customers.customer;
