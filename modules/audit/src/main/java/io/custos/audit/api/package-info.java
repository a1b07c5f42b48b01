/** What other modules may observe of the audit trail. */
package io.custos.audit.api;
