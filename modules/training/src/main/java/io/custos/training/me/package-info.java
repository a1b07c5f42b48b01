/** The caller's own training: what is due, and acknowledging a course. */
package io.custos.training.me;
