/** Who the caller is: their account, their session's factors and the permissions they hold. */
package io.custos.identity.me;
