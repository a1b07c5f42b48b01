package io.custos.customers.importing;

import io.custos.customers.customer.NewCustomer;

/** One data line of an import: its line number, and the customer it describes or why it cannot. */
record ImportRow(long line, NewCustomer customer, String error) {

    boolean isValid() {
        return error == null;
    }
}
