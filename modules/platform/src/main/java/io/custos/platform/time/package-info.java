/** The one source of the current time. */
package io.custos.platform.time;
