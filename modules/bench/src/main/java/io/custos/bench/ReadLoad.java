package io.custos.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded load run against a running Custos on loopback: authorised, audited
 * {@code GET /customers/{id}} (six gates, masking, an audit append) against the trivial
 * authenticated {@code GET /permissions}, interleaved in the same run. It makes its own tenant,
 * store and customer first.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.custos.bench.ReadLoad http://127.0.0.1:8080 <operator-token> [requests] [threads]}
 *
 * <p>With {@code fixture} in place of the request count it only makes the tenant, store and
 * customer and prints {@code TOKEN=…} and {@code CUSTOMER=…} for an external load tool (wrk).
 */
public final class ReadLoad {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReadLoad() {}

    public static void main(String[] args) throws Exception {
        LoadClient client = new LoadClient(args[0]);
        String base = client.base;
        String operator = args[1];
        boolean fixtureOnly = args.length > 2 && args[2].equals("fixture");
        int requests = args.length > 2 && !fixtureOnly ? Integer.parseInt(args[2]) : 4000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String token = client.onboard(operator, "load").token();
        String store = LoadClient.field(
                client.post(
                        "/api/v1/stores", token, "{\"code\":\"LOAD-1\",\"name\":\"Load store\",\"country\":\"DE\"}"),
                "id");
        String customer = LoadClient.field(
                client.post(
                        "/api/v1/customers",
                        token,
                        "{\"storeId\":\"" + store
                                + "\",\"givenName\":\"Lea\",\"familyName\":\"Load\",\"country\":\"DE\"}"),
                "id");

        if (fixtureOnly) {
            // a full list page of the store for the list run (P3): 60 more customers
            for (int i = 0; i < 60; i++) {
                client.post(
                        "/api/v1/customers",
                        token,
                        "{\"storeId\":\"" + store + "\",\"givenName\":\"Lea" + i
                                + "\",\"familyName\":\"Load\",\"country\":\"DE\",\"email\":\"lea" + i
                                + "@example.org\"}");
            }
            System.out.println("STORE=" + store);
            System.out.println("TOKEN=" + token);
            System.out.println("CUSTOMER=" + customer);
            return;
        }
        String audited = base + "/api/v1/customers/" + customer;
        String trivial = base + "/api/v1/permissions";
        measure(trivial, token, requests / 4, threads); // warm-up, both paths
        measure(audited, token, requests / 4, threads);
        long[] trivialMicros = new long[0];
        long[] auditedMicros = new long[0];
        for (int round = 0; round < 2; round++) { // interleaved, so drift hits both alike
            trivialMicros = LoadClient.concat(trivialMicros, measure(trivial, token, requests / 2, threads));
            auditedMicros = LoadClient.concat(auditedMicros, measure(audited, token, requests / 2, threads));
        }
        LoadClient.report("GET /permissions (authenticated, trivial)", trivialMicros);
        LoadClient.report("GET /customers/{id} (decision + masking + audit)", auditedMicros);
        System.out.printf(
                "median ratio audited/trivial: %.2f%n",
                (double) LoadClient.median(auditedMicros) / LoadClient.median(trivialMicros));
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
                                HttpRequest.newBuilder(URI.create(url))
                                        .header("Authorization", "Bearer " + token)
                                        .build(),
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
                all = LoadClient.concat(all, part.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
