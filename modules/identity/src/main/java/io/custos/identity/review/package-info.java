/** Aggregate root: {@link io.custos.identity.review.AccessReview}, a campaign that re-confirms grants. */
package io.custos.identity.review;
