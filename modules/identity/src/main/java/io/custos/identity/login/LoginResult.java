package io.custos.identity.login;

/**
 * Either an access token, or (for accounts with MFA) {@code mfaRequired} and the token to send
 * with the code to {@code /api/v1/auth/mfa}. {@code mfaEnrolmentRequired} when the tenant requires
 * a second factor the staff member has not enrolled: the token is good for enrolling and little
 * else. {@code passwordChangeRequired} after signing in with a temporary password an admin reset:
 * the token is good for {@code POST /api/v1/me/password} only. Absent fields are left out of the JSON.
 */
public record LoginResult(
        String accessToken,
        Long expiresIn,
        Boolean mfaRequired,
        String mfaToken,
        Boolean mfaEnrolmentRequired,
        Boolean passwordChangeRequired) {

    static LoginResult token(String accessToken, long expiresIn) {
        return new LoginResult(accessToken, expiresIn, null, null, null, null);
    }

    static LoginResult tokenToEnrol(String accessToken, long expiresIn) {
        return new LoginResult(accessToken, expiresIn, null, null, true, null);
    }

    static LoginResult mfa(String mfaToken) {
        return new LoginResult(null, null, true, mfaToken, null, null);
    }

    LoginResult requiringPasswordChange() {
        return new LoginResult(accessToken, expiresIn, mfaRequired, mfaToken, mfaEnrolmentRequired, true);
    }
}
