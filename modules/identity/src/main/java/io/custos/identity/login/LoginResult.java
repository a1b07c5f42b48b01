package io.custos.identity.login;

/**
 * Either an access token, or (for accounts with MFA) {@code mfaRequired} and the token to send
 * with the code to {@code /api/v1/auth/mfa}. Absent fields are left out of the JSON.
 */
public record LoginResult(String accessToken, Long expiresIn, Boolean mfaRequired, String mfaToken) {

    static LoginResult token(String accessToken, long expiresIn) {
        return new LoginResult(accessToken, expiresIn, null, null);
    }

    static LoginResult mfa(String mfaToken) {
        return new LoginResult(null, null, true, mfaToken);
    }
}
