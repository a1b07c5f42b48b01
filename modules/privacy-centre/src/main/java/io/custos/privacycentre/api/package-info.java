/** Events other modules (the audit trail) observe about the privacy centre. */
package io.custos.privacycentre.api;
