/** Per-tenant data keys, wrapped by the master key, that encrypt sensitive and financial fields. */
package io.custos.customers.datakey;
