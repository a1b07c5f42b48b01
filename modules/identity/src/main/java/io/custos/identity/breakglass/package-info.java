/**
 * Break-glass: emergency access to one customer or one store for a few hours, with a reason,
 * standing in for the grant gate only, flagged on the trail and reviewed afterwards.
 */
package io.custos.identity.breakglass;
