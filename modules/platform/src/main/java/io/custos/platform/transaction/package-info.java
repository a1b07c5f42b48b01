/** Transactions that lost a race to another are run again, whole, a few times: {@link io.custos.platform.transaction.ContentionRetry}. */
package io.custos.platform.transaction;
