package io.custos.webhooks.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs one signed message. Redirects are not followed (a receiver could point them anywhere the
 * address check never saw), and both connecting and answering are bounded, so a slow receiver
 * holds a scheduler round for seconds, not minutes.
 */
@ApplicationScoped
public class Sender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    Clock clock;

    /** What an attempt came to: the receiver's status code (null if none), how long, what failed. */
    public record Outcome(Instant at, Integer statusCode, Duration duration, String error) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        static Outcome refused(Instant at, String error) {
            return new Outcome(at, null, Duration.ZERO, error);
        }
    }

    Outcome send(URI url, String id, long timestamp, String signature, String body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(ANSWER_TIMEOUT)
                .header("content-type", "application/json")
                .header("user-agent", "Custos-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        Instant at = clock.instant();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            int status = answer.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(at, status, took, ok ? null : "the receiver answered " + status);
        } catch (IOException e) {
            return new Outcome(at, null, Duration.ofNanos(System.nanoTime() - started), String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(at, null, Duration.ofNanos(System.nanoTime() - started), "interrupted");
        }
    }
}
