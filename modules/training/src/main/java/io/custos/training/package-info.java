/** Privacy training: courses and versions, acknowledgments, assignments, and the training gate. */
package io.custos.training;
