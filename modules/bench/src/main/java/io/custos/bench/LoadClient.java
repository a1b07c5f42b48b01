package io.custos.bench;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What the load runs share: a loopback-only HTTP client, a fresh tenant with an MFA admin, timings. */
final class LoadClient {

    static final String PASSWORD = "Load-Harbour-Lantern-42";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String base;

    LoadClient(String base) {
        String host = URI.create(base).getHost();
        if (!host.startsWith("127.") && !host.equals("localhost")) {
            throw new IllegalArgumentException("load runs target loopback only");
        }
        this.base = base;
    }

    /** A new store chain and its admin, logged in with a second factor (sensitive permissions work). */
    Admin onboard(String operatorToken, String prefix) throws Exception {
        String slug = prefix + "-" + System.currentTimeMillis() % 100000;
        String tenantId = object(post(
                        "/api/v1/platform/tenants",
                        operatorToken,
                        "{\"slug\":\"" + slug
                                + "\",\"name\":\"Load\",\"headquartersCountry\":\"DE\",\"admin\":{\"username\":\"admin\",\"email\":\"a@load.example\",\"password\":\""
                                + PASSWORD + "\"}}"))
                .getString("id"); // the tenant's: a plain search would find the admin's first
        String token = login(slug, "admin");
        byte[] secret = new Base32().decode(field(post("/api/v1/me/mfa/totp", token, "{}"), "secret"));
        post("/api/v1/me/mfa/totp/confirm", token, "{\"code\":\"" + totp(secret, 0) + "\"}");
        String login = "{\"tenant\":\"" + slug + "\",\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}";
        String mfaToken = field(post("/api/v1/auth/login", null, login), "mfaToken");
        String mfa = field(
                post(
                        "/api/v1/auth/mfa",
                        null,
                        "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"" + totp(secret, 1) + "\"}"),
                "accessToken");
        return new Admin(tenantId, slug, mfa);
    }

    /** A store chain's id and slug, and its admin's access token with a second factor. */
    record Admin(String tenantId, String slug, String token) {}

    String login(String slug, String username) throws Exception {
        return field(
                post(
                        "/api/v1/auth/login",
                        null,
                        "{\"tenant\":\"" + slug + "\",\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                                + "\"}"),
                "accessToken");
    }

    String post(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request, token);
    }

    String get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    private static String send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = request.build();
        HttpResponse<String> answer = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(built.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    static jakarta.json.JsonObject object(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A string field anywhere in the answer: for answers with one field of that name. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String totp(byte[] secret, int stepsAhead) throws Exception {
        return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1")
                .generateOneTimePasswordString(
                        new SecretKeySpec(secret, "HmacSHA1"),
                        java.time.Instant.now().plusSeconds(30L * stepsAhead));
    }

    static void report(String name, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-58s n=%d p50=%d us p95=%d us p99=%d us%n",
                name,
                sorted.length,
                median(sorted),
                sorted[(int) (sorted.length * 0.95)],
                sorted[(int) (sorted.length * 0.99)]);
    }

    static long median(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
