/** Platform-level events other modules observe. */
package io.custos.platform.events;
