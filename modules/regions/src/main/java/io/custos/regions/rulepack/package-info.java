/** The shipped, versioned rule packs (one per jurisdiction) and how they are read. */
package io.custos.regions.rulepack;
