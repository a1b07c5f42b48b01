package io.custos.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.custos.it.Tenants.Onboarded;
import io.custos.platform.config.ConfigNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server killed with SIGKILL in the middle of audited writes loses none it acknowledged: after a
 * restart every customer answered 201 is there, with its entry on a chain that still verifies. The
 * server runs in demo mode with the demo tenant, so the same restart shows its demo data seeded once.
 */
class CrashRecoveryIT extends ItBase {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 60;
    private static final Path DEMO_FILE =
            Path.of("../../tenant-config/demo.yaml").toAbsolutePath();

    @Test
    void everyAcknowledgedWriteSurvivesASigkillUnderLoadAndTheChainStaysValid() throws Exception {
        Onboarded tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String berlin = store(mfa, "BER", "DE", null);
        CustosProcess server = CustosProcess.start(
                        "crash", Map.of("CUSTOS_MODE", "demo", "CUSTOS_DEMO_TENANT", DEMO_FILE.toString()))
                .awaitReady();

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; Instant.now().isBefore(deadline); i++) {
                        try {
                            var answer = given().baseUri(server.base())
                                    .contentType(ContentType.JSON)
                                    .auth()
                                    .oauth2(tenant.adminToken())
                                    .body(Map.of(
                                            "storeId",
                                            berlin,
                                            "givenName",
                                            "Writer" + writer,
                                            "familyName",
                                            "N" + i,
                                            "country",
                                            "DE"))
                                    .post("/api/v1/customers");
                            if (answer.statusCode() == 201) {
                                acknowledged.add(answer.path("id"));
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (RuntimeException connectionGone) {
                            return; // the server was killed under this request
                        }
                    }
                });
            }
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            server.kill();
        } finally {
            writers.shutdown();
            assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
        assertThat(refused).as("answers other than 201 before the kill").hasValue(0);

        server.restart().awaitReady();
        try {
            for (String id : acknowledged) {
                given().baseUri(server.base())
                        .auth()
                        .oauth2(mfa)
                        .get("/api/v1/customers/" + id)
                        .then()
                        .statusCode(200);
            }
            List<String> created = given().baseUri(server.base())
                    .auth()
                    .oauth2(mfa)
                    .queryParam("action", "customer.create")
                    .queryParam("limit", 500)
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.targetId");
            assertThat(created).containsAll(acknowledged);
            given().baseUri(server.base())
                    .auth()
                    .oauth2(mfa)
                    .get("/api/v1/audit/verify")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(true));
            System.out.printf(
                    "CrashRecoveryIT: %d writes acknowledged before SIGKILL, all present after the restart%n",
                    acknowledged.size());
            demoDataSeededOnceWithEveryScreensShape(server.base());
        } finally {
            server.stop();
        }
    }

    /**
     * The demo tenant was seeded by the first start and not again by the restart: the Berlin clerk
     * sees exactly his store's share, and the admin finds requests at several clocks, a review in
     * progress and refused reads on the trail.
     */
    private static void demoDataSeededOnceWithEveryScreensShape(String base) throws IOException {
        ConfigNode demo;
        try (Reader reader = Files.newBufferedReader(DEMO_FILE, StandardCharsets.UTF_8)) {
            demo = ConfigNode.parse(reader);
        }
        ConfigNode seeded = demo.field("demoData").orElseThrow();
        int perStore = Integer.parseInt(seeded.text("customers")) / 8;
        String clerk = given().baseUri(base)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "tenant", "demo-chain",
                        "username", "jonas.becker",
                        "password", seeded.text("staffPassword")))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        List<String> countries = given().baseUri(base)
                .auth()
                .oauth2(clerk)
                .queryParam("limit", 500)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.country");
        assertThat(countries).hasSize(perStore).containsOnly("DE");

        String adminPassword = demo.field("admin").orElseThrow().text("password");
        String admin = Authenticator.enrol(Tenants.login("demo-chain", "admin", adminPassword))
                .login("demo-chain", "admin", adminPassword);
        List<String> statuses = given().auth()
                .oauth2(admin)
                .queryParam("limit", 100)
                .get("/api/v1/privacy-requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.status");
        assertThat(statuses).contains("OPEN", "DONE").hasSize(7);
        List<String> overdue = given().auth()
                .oauth2(admin)
                .queryParam("status", "overdue")
                .get("/api/v1/privacy-requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.type");
        assertThat(overdue).as("the letter left unopened for 34 days").containsExactly("ACCESS");
        String review = given().auth()
                .oauth2(admin)
                .queryParam("action", "access-review.open")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].targetId");
        var campaign = given().auth()
                .oauth2(admin)
                .get("/api/v1/access-reviews/" + review)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(campaign.getString("status")).isEqualTo("OPEN");
        assertThat(campaign.getLong("decided")).isPositive().isLessThan(campaign.getLong("itemCount"));
        List<String> refusals = given().auth()
                .oauth2(admin)
                .queryParam("action", "customer.read")
                .queryParam("decision", "DENY")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(refusals).hasSizeGreaterThanOrEqualTo(5);
    }
}
