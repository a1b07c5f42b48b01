/** One JSON-B configuration for bodies the application serialises itself. */
package io.custos.platform.json;
