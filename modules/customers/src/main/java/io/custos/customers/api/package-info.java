/** Events other modules may observe about customers and the decisions taken on them. */
package io.custos.customers.api;
