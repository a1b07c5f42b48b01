package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several clients sending at once, over loopback: every client waits at one start line, then sends
 * its request; the answers come back in the order the requests were numbered. Bounded in clients
 * and time, so a hanging server fails the test instead of stalling the suite.
 */
final class Race {

    private static final int CLIENTS = 8;
    private static final long TIME_LIMIT_SECONDS = 120;
    private static final Pattern CONTRACT_STATUS = Pattern.compile("→ (\\d{3}):");

    private Race() {}

    /** Sends {@code requests} requests, {@code request.apply(i)} for i in 0..n-1, from up to eight clients. */
    static Answers run(int requests, IntFunction<Response> request) {
        ExecutorService clients = Executors.newFixedThreadPool(Math.min(CLIENTS, requests));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                pending.add(clients.submit(() -> {
                    start.await();
                    return Answer.of(() -> request.apply(n));
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS));
            }
            return new Answers(answers);
        } catch (Exception e) {
            throw new AssertionError("the race did not finish in " + TIME_LIMIT_SECONDS + " s", e);
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * One client's answer. An answer the contract does not allow (an undeclared 500, say) is kept
     * with what the contract check said, so the test can count it beside the others.
     */
    record Answer(int status, String body, Map<String, String> headers, String contractDisagreement) {

        static Answer of(java.util.function.Supplier<Response> send) {
            try {
                Response response = send.get();
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                response.headers().forEach(h -> headers.put(h.getName(), h.getValue()));
                return new Answer(response.statusCode(), response.asString(), headers, null);
            } catch (AssertionError contract) {
                Matcher status = CONTRACT_STATUS.matcher(String.valueOf(contract.getMessage()));
                return new Answer(
                        status.find() ? Integer.parseInt(status.group(1)) : -1, "", Map.of(), contract.getMessage());
            }
        }

        String header(String name) {
            return headers.get(name);
        }

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /** All answers of a race. */
    record Answers(List<Answer> all) {

        /** How many answers had each status, as in {@code {201=1, 409=11}}: what a failure message shows. */
        Map<Integer, Long> statuses() {
            Map<Integer, Long> counts = new TreeMap<>();
            all.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
            return counts;
        }

        List<Answer> with(int status) {
            return all.stream().filter(a -> a.status() == status).toList();
        }

        long count(Predicate<Answer> which) {
            return all.stream().filter(which).count();
        }

        /** No status but these, and every answer as the contract declares it. */
        Answers allAnswered(Integer... statuses) {
            assertThat(statuses().keySet())
                    .as("answers by status: " + statuses())
                    .isSubsetOf(statuses);
            assertThat(all)
                    .as("answers the contract does not declare")
                    .allSatisfy(a -> assertThat(a.contractDisagreement()).isNull());
            return this;
        }
    }
}
