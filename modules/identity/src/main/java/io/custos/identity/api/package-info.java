/** What other modules may use of identity. */
package io.custos.identity.api;
