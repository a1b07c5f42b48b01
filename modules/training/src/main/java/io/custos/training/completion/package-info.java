/** Completions imported from another LMS: validated row by row, recorded as acknowledgments with their source. */
package io.custos.training.completion;
