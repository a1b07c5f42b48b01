/** Aggregate root: {@link io.custos.training.quiz.Attempt}, one attempt at a course version's quiz, scored by the server. */
package io.custos.training.quiz;
