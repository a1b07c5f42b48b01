/** Events other modules may observe about store chains. */
package io.custos.tenants.api;
