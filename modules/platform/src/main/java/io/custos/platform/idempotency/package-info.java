/** Creating requests retried with the same Idempotency-Key answer as the first time. */
package io.custos.platform.idempotency;
