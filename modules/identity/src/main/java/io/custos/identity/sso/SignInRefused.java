package io.custos.identity.sso;

/**
 * A single sign-on that cannot end in a session; {@code code} is what the console is told
 * ({@code /console/#sso-error=<code>}), the detail is for the log only.
 */
class SignInRefused extends RuntimeException {

    private final String code;

    SignInRefused(String code, String detail) {
        super(detail);
        this.code = code;
    }

    String code() {
        return code;
    }
}
