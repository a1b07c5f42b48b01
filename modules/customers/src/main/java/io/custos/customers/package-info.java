/** The CRM records the store chain protects: ownership, field classes, encryption, the access decision. */
package io.custos.customers;
