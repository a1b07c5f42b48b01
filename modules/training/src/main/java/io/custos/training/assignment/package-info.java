/** Aggregate root: {@link io.custos.training.assignment.Assignment}, a course a staff member must hold, derived from grants or set by hand. */
package io.custos.training.assignment;
