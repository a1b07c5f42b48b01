package io.custos.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded rush of store chains onboarding at once against a running Custos on loopback: every
 * onboarding a different chain, all released together. Prints the answers by status and the
 * latencies; exits 1 on any 5xx. Run the server with a lowered password cost
 * ({@code CUSTOS_PASSWORD_ITERATIONS=1024}) so that hashing does not hide the database.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.custos.bench.OnboardingRush http://127.0.0.1:8080 <operator-token> [chains] [clients]}
 */
public final class OnboardingRush {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OnboardingRush() {}

    public static void main(String[] args) throws Exception {
        String base = new LoadClient(args[0]).base;
        String operator = args[1];
        int chains = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        long[] micros = new long[chains];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < chains; i = next.getAndIncrement()) {
                    String slug = "rush-" + run + "-" + i;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/tenants"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + operator)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug
                                    + "\",\"name\":\"Rush " + i + "\",\"headquartersCountry\":\"DE\","
                                    + "\"admin\":{\"username\":\"admin\",\"email\":\"admin@" + slug
                                    + ".example\",\"password\":\"" + LoadClient.PASSWORD + "\"}}"))
                            .build();
                    long began = System.nanoTime();
                    int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    micros[i] = (System.nanoTime() - began) / 1000;
                    byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        Map<Integer, Integer> statuses = new TreeMap<>();
        byStatus.forEach((status, count) -> statuses.put(status, count.get()));
        System.out.printf(
                "%d onboardings from %d clients in %.1f s (%.1f/s): %s%n",
                chains, clients, seconds, chains / seconds, statuses);
        LoadClient.report("POST /platform/tenants (a different chain each)", micros);
        long failures = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue)
                .sum();
        System.exit(failures == 0 ? 0 : 1);
    }
}
