package io.custos.identity.sso;

import io.custos.platform.problem.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the provider sends the browser back, and where the console is: both under
 * {@code CUSTOS_PUBLIC_URL}, never derived from a request's {@code Host}.
 */
@ApplicationScoped
public class SsoUrls {

    static final String CALLBACK_PATH = "/api/v1/auth/sso/callback";
    static final String CONSOLE_PATH = "/console/";

    @Inject
    @ConfigProperty(name = "custos.public-url")
    Optional<String> publicUrl;

    public URI redirectUri() {
        return URI.create(base() + CALLBACK_PATH);
    }

    /** The console, with {@code fragment} (not sent to any server) telling it how the sign-in went. */
    URI console(String fragment) {
        return URI.create(base() + CONSOLE_PATH + (fragment == null ? "" : "#" + fragment));
    }

    private String base() {
        String url = publicUrl
                .filter(u -> !u.isBlank())
                .orElseThrow(() -> new Conflict(
                        "public-url-unset", "single sign-on needs CUSTOS_PUBLIC_URL, where providers send staff back"));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
