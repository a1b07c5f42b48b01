/** Ways in for customers (links, till codes), their sessions and the limits on redeeming. */
package io.custos.privacycentre.access;
