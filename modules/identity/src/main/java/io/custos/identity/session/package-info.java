/** Server-side sessions, their rotating refresh tokens and their end; root: {@link io.custos.identity.session.Session}. */
package io.custos.identity.session;
