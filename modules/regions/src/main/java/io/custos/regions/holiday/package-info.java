/** Public holidays of a place, from the Jollyday library, for clocks that count business days. */
package io.custos.regions.holiday;
