package io.custos.identity.mfa;

/** A started TOTP enrolment: the Base32 secret and the otpauth URI for an authenticator app. */
public record Enrolment(String secret, String otpauthUri) {}
