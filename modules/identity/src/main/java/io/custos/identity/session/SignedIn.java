package io.custos.identity.session;

/**
 * An access token of session {@code sessionId}, and the {@code Set-Cookie} header carrying its
 * (new) refresh token.
 */
public record SignedIn(String sessionId, String accessToken, long expiresIn, String setCookie) {}
