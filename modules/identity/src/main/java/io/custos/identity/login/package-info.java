/** Password login that issues access tokens. */
package io.custos.identity.login;
