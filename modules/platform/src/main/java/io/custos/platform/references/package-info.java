/** References across modules, asked about before the referenced object goes. */
package io.custos.platform.references;
