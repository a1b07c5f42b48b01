/** CSV imports of customers, run as jobs in batches, each row through the same decision as the API. */
package io.custos.customers.importing;
