package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks reach a receiver in this JVM on 127.0.0.1 (the suite's server lists loopback in
 * CUSTOS_WEBHOOK_ALLOW). Rounds are driven with run-due: a round holds the scheduler's lock, so
 * when it answers, every delivery due was attempted, whether by it or by the server's own poll.
 */
class WebhooksIT extends ItBase {

    private Receiver receiver;
    private Tenants.Onboarded chain;
    private String mfa;

    @BeforeEach
    void startReceiverAndTenant() throws IOException {
        receiver = Receiver.start();
        chain = tenants.onboard();
        mfa = chain.adminMfaToken();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop();
    }

    @Test
    void aGrantGivenArrivesOnceSignedAsStandardWebhooksSayAndOnlyForTheTypesChosen() throws Exception {
        JsonPath created = register(List.of("grant.given"));
        String endpoint = created.getString("endpoint.id");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        as(mfa).get("/api/v1/webhooks/" + endpoint)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("eventTypes", equalTo(List.of("grant.given")))
                .body("enabled", equalTo(true));

        String staff = chain.createStaff(mfa, "ines");
        String role = chain.createRole(mfa, "Readers", "customer.read");
        String grant = chain.grantTenantWide(mfa, staff, role);
        runDue();
        runDue();

        assertThat(receiver.received).hasSize(1);
        Received message = receiver.received.get(0);
        JsonPath body = new JsonPath(message.body);
        assertThat(body.getString("type")).isEqualTo("grant.given");
        assertThat(body.getString("data.grantId")).isEqualTo(grant);
        assertThat(body.getString("data.staffId")).isEqualTo(staff);
        assertThat(body.getString("data.roleId")).isEqualTo(role);
        assertThat(message.signatures()).containsExactly(independentSignature(secret, message));
        assertThat(Instant.ofEpochSecond(Long.parseLong(message.timestamp)))
                .isBetween(
                        Instant.now().minus(Duration.ofMinutes(5)),
                        Instant.now().plus(Duration.ofMinutes(5)));

        JsonPath log = deliveries(endpoint);
        assertThat(log.getList("items")).hasSize(1);
        assertThat(log.getString("items[0].id")).isEqualTo(message.id);
        assertThat(log.getString("items[0].eventType")).isEqualTo("grant.given");
        assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[0].attempts[0].statusCode")).isEqualTo(200);

        // a type the endpoint did not choose sends nothing
        as(mfa).body(Map.of("reason", "test"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(200);
        runDue();
        assertThat(receiver.received).hasSize(1);
        assertThat(audited("webhook.create", endpoint)).isEqualTo(1);
    }

    @Test
    void aConsentChangeCarriesIdsAndTheChangeButNoneOfTheCustomersFields() throws Exception {
        register(List.of("consent.changed"));
        String store = store(mfa, "BER", "DE", null);
        String customer = as(mfa).body(Map.of(
                        "storeId", store, "givenName", "Wilhelmine", "familyName", "Quastenberg", "country", "DE"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).body(Map.of("purpose", "MARKETING", "state", "GRANTED", "source", "POS", "evidence", "till receipt 77"))
                .post("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(201);
        runDue();

        assertThat(receiver.received).hasSize(1);
        Received message = receiver.received.get(0);
        JsonPath body = new JsonPath(message.body);
        assertThat(body.getString("type")).isEqualTo("consent.changed");
        assertThat(body.getString("data.customerId")).isEqualTo(customer);
        assertThat(body.getString("data.purpose")).isEqualTo("MARKETING");
        assertThat(body.getString("data.state")).isEqualTo("GRANTED");
        assertThat(message.body).doesNotContain("Wilhelmine", "Quastenberg", "till receipt");
    }

    @Test
    void aVerificationOfTheTrailThatDoesNotHoldIsSentAndWrittenAfterTheBreak() throws Exception {
        register(List.of("audit.verification-failed"));
        as(mfa).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        runDue();
        assertThat(receiver.received)
                .as("nothing to announce while the trail holds")
                .isEmpty();

        try (Connection db = ItEnvironment.database();
                PreparedStatement tamper =
                        db.prepareStatement("UPDATE audit_entry SET details = '{}' WHERE tenant_id = ? AND seq = 2")) {
            tamper.setString(1, chain.id());
            assertThat(tamper.executeUpdate()).isEqualTo(1);
        }
        as(mfa).get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenSeq", equalTo(2));
        runDue();

        assertThat(receiver.received).hasSize(1);
        JsonPath body = new JsonPath(receiver.received.get(0).body);
        assertThat(body.getString("type")).isEqualTo("audit.verification-failed");
        assertThat(body.getLong("data.firstBrokenSeq")).isEqualTo(2);
        assertThat(audited("audit.verification-failed", chain.id())).isEqualTo(1);
    }

    @Test
    void aFailingReceiverIsRetriedAfterItsBackOffAndTheEndpointIsDisabledAtTheTenantsThreshold() throws Exception {
        String etag = as(mfa).get("/api/v1/tenant-settings").header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("webhooks", Map.of("disableAfterFailures", 2)))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200)
                .body("webhooks.disableAfterFailures", equalTo(2));
        receiver.status.set(500);
        String endpoint = register(List.of("grant.given")).getString("endpoint.id");
        chain.grantTenantWide(mfa, chain.createStaff(mfa, "ines"), chain.createRole(mfa, "Readers", "customer.read"));

        runDue();
        assertThat(receiver.received).hasSize(1);
        String delivery = receiver.received.get(0).id;
        JsonPath log = deliveries(endpoint);
        assertThat(log.getString("items[0].status")).isEqualTo("RETRYING");
        assertThat(log.getInt("items[0].attempts[0].statusCode")).isEqualTo(500);
        assertThat(log.getString("items[0].attempts[0].error")).contains("500");

        runDue();
        assertThat(receiver.received).as("not again before the back-off").hasSize(1);
        assertThat(secondsFromLastAttemptToNextTry(delivery)).isBetween(29L, 31L);

        letTheBackOffPass(delivery);
        runDue();
        assertThat(receiver.received).hasSize(2);
        assertThat(receiver.received.get(1).id).as("the same webhook-id").isEqualTo(delivery);
        as(mfa).get("/api/v1/webhooks/" + endpoint)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("failuresInARow", equalTo(2))
                .body("disabledReason", startsWith("2 failed attempts"));
        log = deliveries(endpoint);
        assertThat(log.getString("items[0].status")).isEqualTo("FAILED");
        assertThat(log.getList("items[0].attempts")).hasSize(2);
        assertThat(audited("webhook.disable", endpoint)).isEqualTo(1);

        // nothing more goes to a disabled endpoint, and it cannot be redelivered to until enabled
        letTheBackOffPass(delivery);
        runDue();
        assertThat(receiver.received).hasSize(2);
        as(mfa).post("/api/v1/webhooks/" + endpoint + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://custos.io/problems/webhook-disabled"));

        receiver.status.set(204);
        as(mfa).post("/api/v1/webhooks/" + endpoint + "/enable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true))
                .body("failuresInARow", equalTo(0));
        as(mfa).post("/api/v1/webhooks/" + endpoint + "/enable").then().statusCode(409);
        as(mfa).post("/api/v1/webhooks/" + endpoint + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        runDue();
        assertThat(receiver.received).hasSize(3);
        assertThat(receiver.received.get(2).id).isEqualTo(delivery);
        log = deliveries(endpoint);
        assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[0].attempts[2].statusCode")).isEqualTo(204);
        assertThat(audited("webhook.redeliver", endpoint)).isEqualTo(1);
    }

    @Test
    void duringARotationBothSecretsSign() throws Exception {
        JsonPath created = register(List.of("grant.given"));
        String endpoint = created.getString("endpoint.id");
        String old = created.getString("secret");
        JsonPath rotated = as(mfa).post("/api/v1/webhooks/" + endpoint + "/rotate-secret")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String fresh = rotated.getString("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        assertThat(Instant.parse(rotated.getString("previousSecretValidUntil")))
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        chain.grantTenantWide(mfa, chain.createStaff(mfa, "ines"), chain.createRole(mfa, "Readers", "customer.read"));
        runDue();

        assertThat(receiver.received).hasSize(1);
        Received message = receiver.received.get(0);
        assertThat(message.signatures())
                .containsExactly(independentSignature(fresh, message), independentSignature(old, message));
        assertThat(audited("webhook.rotate-secret", endpoint)).isEqualTo(1);
    }

    @Test
    void changesNeedTheVersionTheyChangeAndAreAudited() throws Exception {
        String endpoint = register(List.of("grant.given")).getString("endpoint.id");
        as(mfa).body(Map.of("description", "SIEM"))
                .patch("/api/v1/webhooks/" + endpoint)
                .then()
                .statusCode(428);
        String etag = as(mfa).get("/api/v1/webhooks/" + endpoint).header("ETag");
        String changed = as(mfa).header("If-Match", etag)
                .body(Map.of("description", "SIEM", "eventTypes", List.of("grant.revoked", "consent.changed")))
                .patch("/api/v1/webhooks/" + endpoint)
                .then()
                .statusCode(200)
                .body("description", equalTo("SIEM"))
                .body("eventTypes", hasSize(2))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        as(mfa).header("If-Match", etag)
                .body(Map.of("description", "again"))
                .patch("/api/v1/webhooks/" + endpoint)
                .then()
                .statusCode(412);
        assertThat(audited("webhook.update", endpoint)).isEqualTo(1);

        as(mfa).delete("/api/v1/webhooks/" + endpoint).then().statusCode(204);
        as(mfa).get("/api/v1/webhooks/" + endpoint).then().statusCode(404);
        assertThat(audited("webhook.delete", endpoint)).isEqualTo(1);
    }

    @Test
    void anotherTenantsEndpointsAndDeliveriesAreNotFound() {
        String endpoint = register(List.of("grant.given")).getString("endpoint.id");
        chain.grantTenantWide(mfa, chain.createStaff(mfa, "ines"), chain.createRole(mfa, "Readers", "customer.read"));
        String delivery = deliveries(endpoint).getString("items[0].id");

        var other = tenants.onboard();
        String otherMfa = other.adminMfaToken();
        String path = "/api/v1/webhooks/" + endpoint;
        as(otherMfa).get(path).then().statusCode(404);
        as(otherMfa)
                .header("If-Match", "\"0\"")
                .body(Map.of("description", "mine"))
                .patch(path)
                .then()
                .statusCode(404);
        as(otherMfa).post(path + "/rotate-secret").then().statusCode(404);
        as(otherMfa).post(path + "/enable").then().statusCode(404);
        as(otherMfa).get(path + "/deliveries").then().statusCode(404);
        as(otherMfa)
                .post(path + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(404);
        as(otherMfa).delete(path).then().statusCode(404);
        as(otherMfa).get("/api/v1/webhooks").then().statusCode(200).body("items", hasSize(0));
        as(mfa).get(path).then().statusCode(200);
    }

    @Test
    void badEndpointsAreRefusedAndWriteNothing() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("url", "not a url", "eventTypes", List.of("grant.given")),
                Map.of("url", receiver.url(), "eventTypes", List.of("customer.sold")),
                Map.of("url", receiver.url(), "eventTypes", List.of()),
                Map.of("url", receiver.url()))) {
            as(mfa).body(body).post("/api/v1/webhooks").then().statusCode(400);
        }
        for (String url : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest", "ftp://127.0.0.1/hook")) {
            as(mfa).body(Map.of("url", url, "eventTypes", List.of("grant.given")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(422)
                    .body("type", equalTo("https://custos.io/problems/webhook-url-refused"));
        }
        as(mfa).get("/api/v1/webhooks").then().statusCode(200).body("items", hasSize(0));
        // webhook.manage is sensitive: a password session is sent to the second factor
        as(chain.adminToken()).get("/api/v1/webhooks").then().statusCode(403).body("gate", equalTo("mfa"));
    }

    private JsonPath register(List<String> types) {
        return as(mfa).body(Map.of("url", receiver.url(), "description", "test receiver", "eventTypes", types))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private JsonPath deliveries(String endpoint) {
        return as(mfa).get("/api/v1/webhooks/" + endpoint + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void runDue() {
        operator().post("/api/v1/platform/jobs/run-due").then().statusCode(200);
    }

    /** The HMAC of Standard Webhooks, computed here from the secret shown at creation. */
    private static String independentSignature(String secret, Received message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] digest = mac.doFinal(
                (message.id + "." + message.timestamp + "." + message.body).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(digest);
    }

    private static long secondsFromLastAttemptToNextTry(String delivery) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement("SELECT TIMESTAMPDIFF(SECOND, d.last_attempt_at,"
                        + " o.next_attempt_at) FROM platform_outbox o JOIN webhooks_delivery d ON d.id = o.payload"
                        + " WHERE o.payload = ? AND o.status = 'PENDING'")) {
            read.setString(1, delivery);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next())
                        .as("a pending outbox entry for " + delivery)
                        .isTrue();
                return row.getLong(1);
            }
        }
    }

    /** The shared server's clock cannot move: the entry's next try is moved back past its back-off instead. */
    private static void letTheBackOffPass(String delivery) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement move = db.prepareStatement("UPDATE platform_outbox SET next_attempt_at ="
                        + " next_attempt_at - INTERVAL 1 HOUR WHERE payload = ? AND status = 'PENDING'")) {
            move.setString(1, delivery);
            move.executeUpdate();
        }
    }

    private static int audited(String action, String target) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read =
                        db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target_id = ?")) {
            read.setString(1, action);
            read.setString(2, target);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** One request as the receiver saw it. */
    private record Received(String id, String timestamp, String signature, String body) {
        List<String> signatures() {
            return List.of(signature.split(" "));
        }
    }

    /** An HTTP receiver on a free loopback port, answering {@link #status} to every POST. */
    private record Receiver(HttpServer server, List<Received> received, AtomicInteger status) {

        static Receiver start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            List<Received> received = new CopyOnWriteArrayList<>();
            AtomicInteger status = new AtomicInteger(200);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                received.add(new Received(
                        headers.getFirst("webhook-id"),
                        headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"),
                        body));
                exchange.sendResponseHeaders(status.get(), -1);
                exchange.close();
            });
            server.start();
            return new Receiver(server, received, status);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void stop() {
            server.stop(0);
        }
    }
}
