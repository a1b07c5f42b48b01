/** Signed checkpoints of each tenant's chain, and retention that purges up to one. */
package io.custos.audit.checkpoint;
