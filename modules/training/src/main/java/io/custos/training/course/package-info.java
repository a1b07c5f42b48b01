/** Aggregate root: {@link io.custos.training.course.Course}, a training course with its published versions. */
package io.custos.training.course;
