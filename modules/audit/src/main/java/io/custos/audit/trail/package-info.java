/** Aggregate root: the chain of {@link io.custos.audit.trail.AuditEntry} of one tenant, and its head. */
package io.custos.audit.trail;
