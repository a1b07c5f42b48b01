package io.custos.bench;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * A bounded load run against a running Custos on loopback: authorised, audited
 * {@code GET /customers/{id}} (six gates, masking, an audit append) against the trivial
 * authenticated {@code GET /permissions}, interleaved in the same run. It makes its own tenant,
 * store and customer first.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.custos.bench.ReadLoad http://127.0.0.1:8080 <operator-token> [requests] [threads]}
 */
public final class ReadLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReadLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!URI.create(base).getHost().startsWith("127.") && !URI.create(base).getHost().equals("localhost")) {
            throw new IllegalArgumentException("load runs target loopback only");
        }
        String operator = args[1];
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String slug = "load-" + System.currentTimeMillis() % 100000;
        String password = "Load-Harbour-Lantern-42";
        post(base + "/api/v1/platform/tenants", operator,
                "{\"slug\":\"" + slug + "\",\"name\":\"Load\",\"headquartersCountry\":\"DE\",\"admin\":{\"username\":\"admin\",\"email\":\"a@load.example\",\"password\":\"" + password + "\"}}");
        String login = "{\"tenant\":\"" + slug + "\",\"username\":\"admin\",\"password\":\"" + password + "\"}";
        String token = field(post(base + "/api/v1/auth/login", null, login), "accessToken");
        // creating a store needs tenant.manage, a sensitive permission: enrol TOTP and log in with it
        byte[] secret = new Base32().decode(field(post(base + "/api/v1/me/mfa/totp", token, "{}"), "secret"));
        post(base + "/api/v1/me/mfa/totp/confirm", token, "{\"code\":\"" + totp(secret, 0) + "\"}");
        String mfaToken = field(post(base + "/api/v1/auth/login", null, login), "mfaToken");
        token = field(post(base + "/api/v1/auth/mfa", null,
                "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"" + totp(secret, 1) + "\"}"), "accessToken");
        String store = field(post(base + "/api/v1/stores", token,
                "{\"code\":\"LOAD-1\",\"name\":\"Load store\",\"country\":\"DE\"}"), "id");
        String customer = field(post(base + "/api/v1/customers", token,
                "{\"storeId\":\"" + store + "\",\"givenName\":\"Lea\",\"familyName\":\"Load\",\"country\":\"DE\"}"), "id");

        String audited = base + "/api/v1/customers/" + customer;
        String trivial = base + "/api/v1/permissions";
        measure(trivial, token, requests / 4, threads); // warm-up, both paths
        measure(audited, token, requests / 4, threads);
        long[] trivialMicros = new long[0];
        long[] auditedMicros = new long[0];
        for (int round = 0; round < 2; round++) { // interleaved, so drift hits both alike
            trivialMicros = concat(trivialMicros, measure(trivial, token, requests / 2, threads));
            auditedMicros = concat(auditedMicros, measure(audited, token, requests / 2, threads));
        }
        report("GET /permissions (authenticated, trivial)", trivialMicros);
        report("GET /customers/{id} (decision + masking + audit)", auditedMicros);
        System.out.printf("median ratio audited/trivial: %.2f%n", (double) median(auditedMicros) / median(trivialMicros));
    }

    private static long[] measure(String url, String token, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long[] micros = new long[count / threads];
                    for (int i = 0; i < micros.length; i++) {
                        long start = System.nanoTime();
                        HttpResponse<Void> answer = HTTP.send(
                                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(url + " answered " + answer.statusCode());
                        }
                        micros[i] = (System.nanoTime() - start) / 1000;
                    }
                    return micros;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> part : parts) {
                all = concat(all, part.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String name, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("%-50s n=%d p50=%d us p95=%d us p99=%d us%n", name, sorted.length, median(sorted),
                sorted[(int) (sorted.length * 0.95)], sorted[(int) (sorted.length * 0.99)]);
    }

    private static long median(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String totp(byte[] secret, int stepsAhead) throws Exception {
        return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1")
                .generateOneTimePasswordString(
                        new SecretKeySpec(secret, "HmacSHA1"), java.time.Instant.now().plusSeconds(30L * stepsAhead));
    }

    private static String post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
