/** Login lockout: failure counters kept in the database, so every instance sees them. */
package io.custos.identity.lockout;
