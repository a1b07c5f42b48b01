/** The per-tenant, hash-chained audit trail: every access decision and every change. */
package io.custos.audit;
