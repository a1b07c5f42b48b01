package io.custos.it;

import static io.custos.it.ConsentIT.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Double opt-in for e-mail marketing: with the tenant's setting on, a consent given is PENDING (not
 * in force) until the customer follows the link of the real mail, once and in time; the click is
 * the evidence on the audit chain.
 */
class DoubleOptInIT extends ChainInGermanyAndCalifornia {

    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(ItEnvironment.PUBLIC_URL) + "(/api/v1/consent-confirmations/\\S+)");

    @BeforeEach
    void doubleOptInOn() {
        privacySettings(Map.of("doubleOptInEmail", true, "confirmationLinkHours", 24));
    }

    @Test
    void aConsentIsInForceOnlyOnceTheCustomerFollowedTheMailedLink() throws Exception {
        Mailbox mailbox = Mailbox.fresh("optin");
        String customer = customerWithEmail(mailbox.address());

        JsonPath pending = given(customer, "MARKETING_EMAIL");
        assertThat(pending.getString("state")).isEqualTo("PENDING");
        assertThat(segment(mfa, "MARKETING_EMAIL")).doesNotContain(customer);
        as(mfa).get("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(200)
                .body("current.purpose", not(hasItem("MARKETING_EMAIL")))
                .body("history.state", hasItem("PENDING"));

        String link = linkIn(mailbox);
        JsonPath confirmed = JsonPath.from(anonymous()
                .get(link)
                .then()
                .statusCode(200)
                .body("purpose", equalTo("MARKETING_EMAIL"))
                .body("state", equalTo("GRANTED"))
                .extract()
                .asString());
        assertThat(confirmed.getString("confirmedAt")).isNotNull();

        assertThat(segment(mfa, "MARKETING_EMAIL")).contains(customer);
        JsonPath consents = JsonPath.from(as(mfa).get("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(200)
                .body("current.find { it.purpose == 'MARKETING_EMAIL' }.state", equalTo("GRANTED"))
                .body("current.find { it.purpose == 'MARKETING_EMAIL' }.source", equalTo("EMAIL"))
                .extract()
                .asString());
        Map<String, Object> granted = consents.getMap("history.find { it.state == 'GRANTED' }");
        assertThat(granted.get("recordedBy")).as("the customer confirmed").isEqualTo(customer);
        assertThat((String) granted.get("evidence")).contains("double opt-in", pending.getString("id"));

        // the click's evidence is on the chain: its hash in the entry, and verify holds (the entries of
        // the staff's access decisions under consent.record name no state)
        List<Map<String, Object>> entries = as(mfa).queryParam("action", "consent.record")
                .queryParam("limit", 500)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.targetId == '" + customer + "' && it.details.state != null }");
        assertThat(entries)
                .extracting(entry -> (Object) ((Map<?, ?>) entry.get("details")).get("state"))
                .containsExactlyInAnyOrder("PENDING", "GRANTED");
        assertThat(entries)
                .filteredOn(entry -> "GRANTED".equals(((Map<?, ?>) entry.get("details")).get("state")))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("actorId")).isEqualTo(customer);
                    assertThat(((Map<?, ?>) entry.get("details")).get("evidenceSha256"))
                            .isEqualTo(granted.get("evidenceSha256"));
                });
        as(mfa).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));

        anonymous().get(link).then().statusCode(410).body("type", endsWith("/confirmation-used"));
    }

    @Test
    void anExpiredUnknownOrForeignLinkGrantsNothingAndNamesNoOne() throws Exception {
        Mailbox mailbox = Mailbox.fresh("late");
        String customer = customerWithEmail(mailbox.address());
        String pending = given(customer, "MARKETING_EMAIL").getString("id");
        String link = linkIn(mailbox);
        String token = link.substring(link.lastIndexOf('/') + 1);

        anonymous()
                .get("/api/v1/consent-confirmations/" + tenant.slug() + "/not-a-token")
                .then()
                .statusCode(404)
                .body("detail", not(org.hamcrest.Matchers.containsString(customer)));
        var other = tenants.onboard();
        anonymous()
                .get("/api/v1/consent-confirmations/" + other.slug() + "/" + token)
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/consent-confirmations/no-such-chain/" + token)
                .then()
                .statusCode(404);
        // a token sent along decides nothing: the path names the tenant
        as(other.adminToken())
                .get("/api/v1/consent-confirmations/" + other.slug() + "/" + token)
                .then()
                .statusCode(404);

        // the link's hours pass (the suite's server has no test clock: its expiry is moved back)
        try (Connection db = ItEnvironment.database();
                PreparedStatement expire =
                        db.prepareStatement("UPDATE consent_confirmation SET expires_at = expires_at - INTERVAL 25 HOUR"
                                + " WHERE pending_event_id = ?")) {
            expire.setString(1, pending);
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        anonymous().get(link).then().statusCode(410).body("type", endsWith("/confirmation-expired"));
        assertThat(segment(mfa, "MARKETING_EMAIL")).doesNotContain(customer);
    }

    @Test
    void onlyEmailMarketingWaitsAndOnlyForCustomersWithAnAddress() {
        String customer = customerWithEmail(Mailbox.fresh("other").address());
        assertThat(given(customer, "PROFILING").getString("state")).isEqualTo("GRANTED");

        String unreachable = as(mfa).body(
                        Map.of("storeId", berlin, "givenName", "Noel", "familyName", "Post", "country", "DE"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).body(Map.of("purpose", "MARKETING_EMAIL", "state", "GRANTED", "source", "POS"))
                .post("/api/v1/customers/" + unreachable + "/consents")
                .then()
                .statusCode(422)
                .body("type", endsWith("/no-email-address"));
        Map<String, Object> body = Map.of("purpose", "MARKETING_EMAIL", "state", "PENDING", "source", "POS");
        as(mfa).body(body)
                .post("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("state"));

        privacySettings(Map.of("doubleOptInEmail", false));
        assertThat(given(customer, "MARKETING_EMAIL").getString("state")).isEqualTo("GRANTED");
        assertThat(segment(mfa, "MARKETING_EMAIL")).contains(customer);
    }

    private void privacySettings(Map<String, Object> privacy) {
        String etag = as(mfa).get("/api/v1/tenant-settings")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(mfa).contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("privacy", privacy))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200)
                .body("privacy.doubleOptInEmail", equalTo(privacy.get("doubleOptInEmail")));
    }

    private String customerWithEmail(String email) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "storeId",
                berlin,
                "givenName",
                "Dana",
                "familyName",
                "Weber",
                "email",
                email,
                "birthDate",
                "1980-01-01",
                "country",
                "DE"));
        return as(mfa).body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private JsonPath given(String customer, String purpose) {
        return JsonPath.from(
                as(mfa).body(Map.of("purpose", purpose, "state", "GRANTED", "source", "POS", "evidence", "till form"))
                        .post("/api/v1/customers/" + customer + "/consents")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString());
    }

    /** The confirmation link of the mail the outbox delivered, as a path on the suite's server. */
    private static String linkIn(Mailbox mailbox) throws Exception {
        operator().post("/api/v1/platform/jobs/run-due").then().statusCode(200);
        List<MimeMessage> received = mailbox.awaitReceived(1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("confirm");
        Matcher link = LINK.matcher(received.get(0).getContent().toString());
        assertThat(link.find())
                .as("a link under CUSTOS_PUBLIC_URL in " + received.get(0).getContent())
                .isTrue();
        return link.group(1);
    }
}
