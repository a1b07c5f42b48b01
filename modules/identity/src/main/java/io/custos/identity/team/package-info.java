/** Aggregate root: {@link io.custos.identity.team.Team}, staff who own customers together. */
package io.custos.identity.team;
