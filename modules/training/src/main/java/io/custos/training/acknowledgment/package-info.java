/** Aggregate root: {@link io.custos.training.acknowledgment.Acknowledgment}, one attempt at a course, and the standing it gives. */
package io.custos.training.acknowledgment;
