/**
 * The caller's context: what the access decision knows of a staff member, cached across requests
 * and checked against version counters, and the gates and directories that read it.
 */
package io.custos.identity.context;
