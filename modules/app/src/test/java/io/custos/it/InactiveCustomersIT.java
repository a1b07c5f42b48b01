package io.custos.it;

import static io.custos.it.ChainInGermanyAndCalifornia.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.custos.it.Tenants.Onboarded;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The retention of inactive customers: past their pack's retentionMaxDays (IN: 1095) or the
 * tenant's shorter override, the daily job erases them; activity (a purchase, a consent) keeps
 * them. The job runs on an instance of its own whose test clock is a day ahead, so its slot is
 * due whatever the shared server already ran; inactivity is aged in the database.
 */
class InactiveCustomersIT extends ItBase {

    private static CustosProcess clocked;

    @BeforeAll
    static void startAnInstanceWithATestClock() throws Exception {
        clocked = CustosProcess.start(
                "retention",
                Map.of("CUSTOS_MODE", "demo", "CUSTOS_TEST_CLOCK", "enabled", "CUSTOS_JOBS_POLL_SECONDS", "3600"));
        clocked.awaitReady();
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        clocked.stop();
    }

    @Test
    void customersInactivePastTheirPacksRetentionAreErasedAndActiveOnesKept() throws Exception {
        Onboarded tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        // the tenant keeps EU customers 30 days after their last activity (the law gives no figure)
        as(mfa).body(Map.of("retentionMaxDays", 30))
                .put("/api/v1/rule-packs/EU/overrides")
                .then()
                .statusCode(200);
        String mumbai = store(mfa, "MUM", "IN", null);
        String berlin = store(mfa, "BER", "DE", null);
        String indianPastTheLaw = customer(mfa, mumbai, "IN", null, "1980-01-01");
        String indianWithinTheLaw = customer(mfa, mumbai, "IN", null, "1981-01-01");
        String germanPastTheTenant = customer(mfa, berlin, "DE", null, "1982-01-01");
        String germanWithinTheTenant = customer(mfa, berlin, "DE", null, "1983-01-01");
        String germanWhoConsented = customer(mfa, berlin, "DE", null, "1984-01-01");
        String germanWhoBought = customer(mfa, berlin, "DE", null, "1985-01-01");
        inactiveFor(indianPastTheLaw, Duration.ofDays(1096));
        inactiveFor(indianWithinTheLaw, Duration.ofDays(1000));
        inactiveFor(germanPastTheTenant, Duration.ofDays(31));
        inactiveFor(germanWithinTheTenant, Duration.ofDays(10));
        inactiveFor(germanWhoConsented, Duration.ofDays(31));
        inactiveFor(germanWhoBought, Duration.ofDays(31));

        as(mfa).body(Map.of("purpose", "MARKETING", "state", "GRANTED", "source", "POS"))
                .post("/api/v1/customers/" + germanWhoConsented + "/consents")
                .then()
                .statusCode(201);
        String etag = as(mfa).get("/api/v1/customers/" + germanWhoBought)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("purchaseCount", 3, "lastPurchaseOn", "2026-11-30"))
                .patch("/api/v1/customers/" + germanWhoBought)
                .then()
                .statusCode(200);
        assertThat(lastActiveAt(germanWhoConsented)).isAfter(Instant.now().minus(Duration.ofHours(1)));
        assertThat(lastActiveAt(germanWhoBought)).isAfter(Instant.now().minus(Duration.ofHours(1)));

        runTheNextDaysJobs();

        assertThat(erased(indianPastTheLaw)).isTrue();
        assertThat(erased(germanPastTheTenant)).isTrue();
        assertThat(erased(indianWithinTheLaw)).isFalse();
        assertThat(erased(germanWithinTheTenant)).isFalse();
        assertThat(erased(germanWhoConsented)).isFalse();
        assertThat(erased(germanWhoBought)).isFalse();
        as(mfa).get("/api/v1/customers/" + indianPastTheLaw).then().statusCode(404);
        as(mfa).get("/api/v1/customers/" + germanWithinTheTenant).then().statusCode(200);
        as(mfa).queryParam("action", "customer.retention-erase")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", hasItems("IN", "EU"))
                .body("items.find { it.targetId == 'EU' }.details.retentionMaxDays", equalTo(30))
                .body("items.find { it.targetId == 'IN' }.details.retentionMaxDays", equalTo(1095));
        as(mfa).get("/api/v1/customers/" + germanPastTheTenant + "/access-log")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("customer.retention-erase"));
        as(mfa).get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    /** Moves the clocked instance a day ahead and runs what is due there, this tenant's retention among it. */
    private static void runTheNextDaysJobs() {
        RestAssured.given()
                .baseUri(clocked.base())
                .contentType(ContentType.JSON)
                .auth()
                .oauth2(ItEnvironment.OPERATOR_TOKEN)
                .body(Map.of("advance", "P1D"))
                .post("/api/v1/platform/clock")
                .then()
                .statusCode(200);
        RestAssured.given()
                .baseUri(clocked.base())
                .auth()
                .oauth2(ItEnvironment.OPERATOR_TOKEN)
                .post("/api/v1/platform/jobs/run-due")
                .then()
                .statusCode(200);
    }

    private static void inactiveFor(String customerId, Duration inactive) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement age =
                        db.prepareStatement("UPDATE customers_customer SET last_active_at = ? WHERE id = ?")) {
            age.setTimestamp(1, Timestamp.from(Instant.now().minus(inactive)));
            age.setString(2, customerId);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
    }

    private static Instant lastActiveAt(String customerId) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read =
                        db.prepareStatement("SELECT last_active_at FROM customers_customer WHERE id = ?")) {
            read.setString(1, customerId);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            return row.getTimestamp(1).toInstant();
        }
    }

    private static boolean erased(String customerId) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT erased_at, customer_key, given_name FROM customers_customer WHERE id = ?")) {
            read.setString(1, customerId);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            boolean erased = row.getTimestamp(1) != null;
            if (erased) {
                assertThat(row.getString(2)).isNull();
                assertThat(row.getString(3)).isNotEqualTo("Chris");
            }
            return erased;
        }
    }
}
