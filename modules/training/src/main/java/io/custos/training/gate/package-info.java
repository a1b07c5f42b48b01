/** The training gate of the access decision: the courses a customer's rule pack requires for an action. */
package io.custos.training.gate;
