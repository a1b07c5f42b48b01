/** Which tenant the current work belongs to, and the one place that binds it to persistence. */
package io.custos.platform.tenancy;
