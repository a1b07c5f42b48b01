/** The customers' own API and pages under /privacy/{tenant}/: a realm of its own beside the staff API. */
package io.custos.privacycentre.customer;
