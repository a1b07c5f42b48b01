/** How JSON is read (strictly, in one place) and written by the application itself. */
package io.custos.platform.json;
