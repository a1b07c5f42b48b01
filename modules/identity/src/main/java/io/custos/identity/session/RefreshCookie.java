package io.custos.identity.session;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refresh token as the browser keeps it: {@code custos_refresh=<tenant>.<session>.<secret>},
 * {@code HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth}, for the session's remaining
 * absolute lifetime. Tenant and session are no secrets (they find the row); only a hash of the
 * secret is stored.
 */
public record RefreshCookie(String tenantId, String sessionId, String secret) {

    public static final String NAME = "custos_refresh";
    public static final String PATH = "/api/v1/auth";

    private static final String ID = "[0-9A-Za-z-]{1,64}";
    private static final Pattern VALUE = Pattern.compile("(" + ID + ")\\.(" + ID + ")\\.([A-Za-z0-9_-]{43})");

    /** The parts of a cookie value, or empty when it is not one this server gave out. */
    public static Optional<RefreshCookie> parse(String value) {
        if (value == null || value.length() > 200) {
            return Optional.empty();
        }
        Matcher parts = VALUE.matcher(value);
        return parts.matches()
                ? Optional.of(new RefreshCookie(parts.group(1), parts.group(2), parts.group(3)))
                : Optional.empty();
    }

    public String value() {
        return tenantId + "." + sessionId + "." + secret;
    }

    /** The {@code Set-Cookie} header that hands this token to the browser for {@code maxAgeSeconds}. */
    public String header(long maxAgeSeconds) {
        return NAME + "=" + value() + attributes(maxAgeSeconds);
    }

    /** The {@code Set-Cookie} header that makes the browser forget the token. */
    public static String cleared() {
        return NAME + "=" + attributes(0);
    }

    private static String attributes(long maxAgeSeconds) {
        return "; Max-Age=" + maxAgeSeconds + "; Path=" + PATH + "; Secure; HttpOnly; SameSite=Strict";
    }
}
