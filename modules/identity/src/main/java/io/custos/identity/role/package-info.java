/** Aggregate root: {@link io.custos.identity.role.Role}, a named permission set of a tenant. */
package io.custos.identity.role;
