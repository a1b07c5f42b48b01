/** Aggregate root: {@link io.custos.identity.staff.Staff}, a store chain's employee account. */
package io.custos.identity.staff;
