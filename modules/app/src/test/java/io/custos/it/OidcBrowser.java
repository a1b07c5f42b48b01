package io.custos.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for single sign-on: follows Custos' start redirect to the provider,
 * fills in Keycloak's login form, and brings the provider's redirect back to the test server (the
 * redirect URI is under {@link ItEnvironment#PUBLIC_URL}, rewritten onto the server's real address).
 * Keeps cookies per host, as a browser would; each instance is a new browser.
 */
final class OidcBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private final String server;

    OidcBrowser(String server) {
        this.server = server;
    }

    /** Signs in as {@code username} through provider {@code providerId} of tenant {@code slug}; answers Custos' last redirect. */
    Outcome signIn(String slug, String providerId, String username, String password) {
        URI callback = toProvider(slug, providerId, username, password);
        return back(callback);
    }

    /** As far as the provider's redirect back to Custos, which is answered (not followed): the callback URI on the test server. */
    URI toProvider(String slug, String providerId, String username, String password) {
        HttpResponse<String> start = get(URI.create(server + "/api/v1/auth/sso/" + slug + "/" + providerId + "/start"));
        if (start.statusCode() != 302) {
            throw new AssertionError("start answered " + start.statusCode() + ": " + start.body());
        }
        HttpResponse<String> form = get(location(start));
        Matcher action = FORM_ACTION.matcher(form.body());
        if (form.statusCode() != 200 || !action.find()) {
            throw new AssertionError("no login form (" + form.statusCode() + "): " + form.body());
        }
        HttpResponse<String> loggedIn = post(
                URI.create(action.group(1).replace("&amp;", "&")),
                Map.of("username", username, "password", password, "credentialId", ""));
        if (loggedIn.statusCode() != 302) {
            throw new AssertionError("the provider did not redirect back (" + loggedIn.statusCode() + ")");
        }
        String back = location(loggedIn).toString();
        if (!back.startsWith(ItEnvironment.PUBLIC_URL + "/")) {
            throw new AssertionError("the provider redirected to " + back);
        }
        return URI.create(server + back.substring(ItEnvironment.PUBLIC_URL.length()));
    }

    /** Brings the browser back to the callback and answers where Custos sends it. */
    Outcome back(URI callback) {
        HttpResponse<String> answer = get(callback);
        if (answer.statusCode() != 302) {
            throw new AssertionError("the callback answered " + answer.statusCode() + ": " + answer.body());
        }
        return new Outcome(location(answer).toString(), cookie(answer, "custos_refresh"));
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), uri);
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                uri);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri) {
        Map<String, String> jar = cookies.computeIfAbsent(uri.getAuthority(), k -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header(
                    "Cookie",
                    jar.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : answer.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || header.contains("Max-Age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return answer;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI location(HttpResponse<?> answer) {
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
    }

    private static String cookie(HttpResponse<?> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(name + "=") && !h.startsWith(name + "=;"))
                .map(h -> h.substring(name.length() + 1).split(";", 2)[0])
                .findFirst()
                .orElse(null);
    }

    /** Where Custos sent the browser at the end, and the session's refresh token if one began. */
    record Outcome(String location, String refreshCookie) {

        Optional<String> fragment(String key) {
            int hash = location.indexOf('#');
            if (hash < 0) {
                return Optional.empty();
            }
            String fragment = location.substring(hash + 1);
            return fragment.startsWith(key + "=")
                    ? Optional.of(fragment.substring(key.length() + 1))
                    : Optional.empty();
        }
    }
}
