/** Encryption of secrets at rest under keys derived from the master key. */
package io.custos.platform.crypto;
