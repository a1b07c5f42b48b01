/**
 * The access decision: whether a staff member may perform an action on a customer, gate by
 * gate (tenant, grant, training, MFA, residency, consent), with the reason of each. Modules own
 * their gates and implement the interfaces here; everyone asks {@link io.custos.platform.access.AccessDecisions}.
 */
package io.custos.platform.access;
