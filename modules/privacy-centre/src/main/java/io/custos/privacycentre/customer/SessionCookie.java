package io.custos.privacycentre.customer;

import java.time.Duration;

/**
 * The customer's session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page sends it), Secure where the public URL is https, and scoped to the tenant's centre.
 */
final class SessionCookie {

    static final String NAME = "custos_centre";

    private SessionCookie() {}

    static String set(String tenant, String token, Duration maxAge, boolean secure) {
        return NAME + "=" + token + "; Path=/privacy/" + tenant + "/; Max-Age=" + maxAge.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String cleared(String tenant, boolean secure) {
        return set(tenant, "", Duration.ZERO, secure);
    }
}
