/** OpenID Connect single sign-on: a tenant's providers ({@link io.custos.identity.sso.SsoProvider}) and the sign-in through them. */
package io.custos.identity.sso;
