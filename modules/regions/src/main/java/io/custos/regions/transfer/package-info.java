/** Transfers abroad counted per pack and year, and the safeguards that let them pass a pack's volume threshold. */
package io.custos.regions.transfer;
