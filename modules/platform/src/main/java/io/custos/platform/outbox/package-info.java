/**
 * Side effects that leave the process (mail, webhooks): written in the transaction of the change,
 * delivered afterwards by the scheduler, at least once, with back-off.
 */
package io.custos.platform.outbox;
