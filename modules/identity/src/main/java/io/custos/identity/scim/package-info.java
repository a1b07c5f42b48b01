/** SCIM 2.0 provisioning (RFC 7643/7644) of staff and teams by a tenant's identity provider, and its tokens. */
package io.custos.identity.scim;
