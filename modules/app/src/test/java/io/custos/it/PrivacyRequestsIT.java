package io.custos.it;

import static io.custos.it.ConsentIT.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data-subject requests: due dates from each pack, the access bundle, erasure, rectification, opt-out. */
class PrivacyRequestsIT extends ChainInGermanyAndCalifornia {

    @Test
    void dueDatesFollowEachCustomersPack() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        assertDueInDays(request(german, "ACCESS"), 30);
        assertDueInDays(request(californian, "ACCESS"), 45);
        assertDueInDays(request(californian, "OPT_OUT"), 21);

        JsonPath access = request(german, "ERASURE");
        as(mfa).body(Map.of("reason", "many requests at once"))
                .post("/api/v1/privacy-requests/" + access.getString("id") + "/extend")
                .then()
                .statusCode(200)
                .body("extendedDueAt", notNullValue());
        JsonPath extended = JsonPath.from(as(mfa).get("/api/v1/privacy-requests/" + access.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(Duration.between(
                                Instant.parse(extended.getString("receivedAt")),
                                Instant.parse(extended.getString("dueAt")))
                        .toDays())
                .isEqualTo(90);
        as(mfa).body(Map.of("reason", "again"))
                .post("/api/v1/privacy-requests/" + access.getString("id") + "/extend")
                .then()
                .statusCode(409);
    }

    @Test
    void aRequestLoggedLateRunsFromItsReceiptAndIsListedOverdue() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        Instant letter = Instant.now().minus(Duration.ofDays(31));
        JsonPath logged = JsonPath.from(
                as(mfa).body(Map.of("customerId", german, "type", "ACCESS", "receivedAt", letter.toString()))
                        .post("/api/v1/privacy-requests")
                        .then()
                        .statusCode(201)
                        .body("overdue", equalTo(true))
                        .extract()
                        .asString());
        assertThat(Instant.parse(logged.getString("receivedAt"))).isCloseTo(letter, within(1, ChronoUnit.MILLIS));
        assertDueInDays(logged, 30);
        String late = logged.getString("id");
        String onTime = request(german, "RECTIFICATION").getString("id");
        as(mfa).queryParam("action", "privacy-request.receive")
                .queryParam("order", "desc")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.find { it.targetId == '" + late + "' }.details.outcome.receivedAt", notNullValue());
        as(mfa).queryParam("status", "overdue")
                .get("/api/v1/privacy-requests")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(late))
                .body("items.id", not(hasItem(onTime)))
                .body("items.overdue", everyItem(equalTo(true)));
        as(mfa).queryParam("status", "open")
                .get("/api/v1/privacy-requests")
                .then()
                .body("items.id", hasItems(late, onTime));
        as(mfa).queryParam("status", "late")
                .get("/api/v1/privacy-requests")
                .then()
                .statusCode(400);
    }

    @Test
    void anAccessRequestHandsOverDataConsentsAndAccessLog() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        as(mfa).body(Map.of("purpose", "MARKETING", "state", "GRANTED", "source", "POS", "evidence", "form 17"))
                .post("/api/v1/customers/" + german + "/consents")
                .then()
                .statusCode(201);
        as(mfa).get("/api/v1/customers/" + german).then().statusCode(200);
        String id = request(german, "ACCESS").getString("id");
        as(mfa).post("/api/v1/privacy-requests/" + id + "/fulfil")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("result.customer.birthDate", equalTo("1980-01-01"))
                .body("result.customer.email", equalTo("customer@example.com"))
                .body("result.consents.history.evidence", hasItem("form 17"))
                .body("result.consents.current.purpose", hasItem("MARKETING"))
                .body("result.accessLog.action", hasItems("customer.create", "customer.read"));
        as(mfa).post("/api/v1/privacy-requests/" + id + "/fulfil").then().statusCode(409);
        as(mfa).queryParam("status", "done")
                .get("/api/v1/privacy-requests")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void erasureShredsTheCustomerAndTheTrailStillVerifies() throws Exception {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        as(mfa).body(Map.of("purpose", "MARKETING", "state", "GRANTED", "source", "POS", "evidence", "signed by Chris"))
                .post("/api/v1/customers/" + german + "/consents")
                .then()
                .statusCode(201);
        String id = request(german, "ERASURE").getString("id");
        as(mfa).post("/api/v1/privacy-requests/" + id + "/fulfil")
                .then()
                .statusCode(200)
                .body("result.erased", equalTo(true));

        as(mfa).get("/api/v1/customers/" + german).then().statusCode(404);
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT given_name, email, sealed_birth_date, customer_key, erased_at FROM customers_customer WHERE id = ?")) {
            read.setString(1, german);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("(erased)");
            assertThat(row.getString(2)).isNull();
            assertThat(row.getString(3)).isNull();
            assertThat(row.getString(4)).isNull();
            assertThat(row.getTimestamp(5)).isNotNull();
        }
        try (Connection db = ItEnvironment.database();
                PreparedStatement read =
                        db.prepareStatement("SELECT evidence FROM consent_event WHERE customer_id = ?")) {
            read.setString(1, german);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isNull();
        }
        as(mfa).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        as(mfa).queryParam("customerId", german)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItems("customer.create", "privacy-request.handle"));
        assertThat(segment(mfa, "MARKETING")).doesNotContain(german);
    }

    @Test
    void rectificationAndOptOutDoTheWork() {
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        String rectify = request(californian, "RECTIFICATION").getString("id");
        as(mfa).body(Map.of())
                .post("/api/v1/privacy-requests/" + rectify + "/fulfil")
                .then()
                .statusCode(400);
        as(mfa).body(Map.of("changes", Map.of("email", "chris@example.org")))
                .post("/api/v1/privacy-requests/" + rectify + "/fulfil")
                .then()
                .statusCode(200)
                .body("result.rectified", hasItem("email"));
        as(mfa).get("/api/v1/customers/" + californian).then().body("email", equalTo("chris@example.org"));

        assertThat(segment(mfa, "PROFILING")).contains(californian);
        String optOut = request(californian, "OPT_OUT").getString("id");
        as(mfa).post("/api/v1/privacy-requests/" + optOut + "/fulfil")
                .then()
                .statusCode(200)
                .body("result.withdrawn", hasItems("PROFILING", "SALE_OR_SHARING", "MARKETING"));
        assertThat(segment(mfa, "PROFILING")).doesNotContain(californian);
        as(mfa).get("/api/v1/customers/" + californian + "/consents")
                .then()
                .body("current.state", everyItem(equalTo("WITHDRAWN")));
    }

    @Test
    void badInputAndOtherTenantsAreRefused() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        as(mfa).body(Map.of("customerId", german, "type", "FORGET_ME"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(400);
        for (Instant receipt :
                List.of(Instant.now().plus(Duration.ofHours(1)), Instant.now().minus(Duration.ofDays(400)))) {
            as(mfa).body(Map.of("customerId", german, "type", "ACCESS", "receivedAt", receipt.toString()))
                    .post("/api/v1/privacy-requests")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("receivedAt"));
        }
        as(mfa).body(Map.of("customerId", "nobody", "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(404);
        String id = request(german, "ACCESS").getString("id");
        String otherMfa = tenants.onboard().adminMfaToken();
        as(otherMfa).get("/api/v1/privacy-requests/" + id).then().statusCode(404);
        as(otherMfa).post("/api/v1/privacy-requests/" + id + "/fulfil").then().statusCode(404);
        as(otherMfa)
                .body(Map.of("customerId", german, "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(404);
        // Without a second factor the sensitive permission is refused.
        as(tenant.adminToken())
                .body(Map.of("customerId", german, "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
    }

    private JsonPath request(String customer, String type) {
        return JsonPath.from(as(mfa).body(Map.of("customerId", customer, "type", type, "note", "by e-mail"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .asString());
    }

    private static void assertDueInDays(JsonPath request, long days) {
        assertThat(Duration.between(
                                Instant.parse(request.getString("receivedAt")),
                                Instant.parse(request.getString("dueAt")))
                        .toDays())
                .isEqualTo(days);
    }
}
