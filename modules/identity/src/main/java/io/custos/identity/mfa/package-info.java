/** Second factor: TOTP enrolment (RFC 6238) and hashed one-time recovery codes. */
package io.custos.identity.mfa;
