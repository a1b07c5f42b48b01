/** The access decision applied to customers: enforced, recorded (denials too) and explained. */
package io.custos.customers.access;
