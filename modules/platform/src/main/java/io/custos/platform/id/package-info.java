/** Opaque, time-ordered identifiers. */
package io.custos.platform.id;
