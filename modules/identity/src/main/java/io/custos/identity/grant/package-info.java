/** Aggregate root: {@link io.custos.identity.grant.Grant}, a role given to staff over a scope for a time. */
package io.custos.identity.grant;
