package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The privacy centre as a customer meets it: a link or a till code from the store, their consents
 * (seen by staff as the customer's own), their requests, a browser's GPC signal, and the limits on
 * guessing, with nothing that tells whether another customer exists. Expiry: ClockAndJobsIT.
 */
class PrivacyCentreIT extends ChainInGermanyAndCalifornia {

    private static final String COOKIE = "custos_centre";

    @Test
    void aLinkOpensTheCustomersOwnCentreInItsTenantOnly() {
        String customer = customer(mfa, berlin, "DE", null, "1980-01-01");
        JsonPath link = link(customer);
        assertThat(link.getString("kind")).isEqualTo("LINK");
        assertThat(link.getString("url")).contains("/privacy/" + tenant.slug() + "/#link=");

        Response entered = anonymous()
                .body(Map.of("token", token(link)))
                .post(api(tenant.slug(), "session/link"))
                .then()
                .statusCode(200)
                .body("idleUntil", notNullValue())
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", containsString("Path=/privacy/" + tenant.slug() + "/"))
                .extract()
                .response();
        String session = entered.cookie(COOKIE);
        inSession(session).get(api(tenant.slug(), "consents")).then().statusCode(200);

        Tenants.Onboarded other = tenants.onboard();
        anonymous()
                .body(Map.of("token", token(link)))
                .post(api(other.slug(), "session/link"))
                .then()
                .statusCode(404)
                .body("type", endsWith("/no-matching-pass"));
        inSession(session).get(api(other.slug(), "consents")).then().statusCode(401);
        as(other.adminToken())
                .post("/api/v1/customers/" + customer + "/privacy-centre-links")
                .then()
                .statusCode(404);
        anonymous().get(api(tenant.slug(), "consents")).then().statusCode(401);

        inSession(session).delete(api(tenant.slug(), "session")).then().statusCode(204);
        inSession(session).get(api(tenant.slug(), "consents")).then().statusCode(401);
    }

    @Test
    void aConsentChangedInTheCentreIsTheCustomersOwnForStaff() {
        String customer = customer(mfa, berlin, "DE", null, "1980-01-01");
        String session = enter(customer);
        inSession(session)
                .body(Map.of("granted", true))
                .put(api(tenant.slug(), "consents/MARKETING_EMAIL"))
                .then()
                .statusCode(200)
                .body("purpose", equalTo("MARKETING_EMAIL"))
                .body("state", equalTo("GRANTED"))
                .body("source", equalTo("CENTRE"));

        JsonPath staffSees = as(mfa).get("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(staffSees.getString("current.find { it.purpose == 'MARKETING_EMAIL' }.source"))
                .isEqualTo("CENTRE");
        assertThat(staffSees.getString("history.find { it.source == 'CENTRE' }.recordedBy"))
                .as("the customer acted")
                .isEqualTo(customer);
        assertThat(staffSees.getString("history.find { it.source == 'CENTRE' }.evidence"))
                .as("the request is the evidence")
                .startsWith("privacy centre: session ");
        inSession(session)
                .get(api(tenant.slug(), "consents"))
                .then()
                .statusCode(200)
                .body("items.find { it.purpose == 'MARKETING_EMAIL' }.state", equalTo("GRANTED"));

        as(mfa).body(Map.of("purpose", "MARKETING_EMAIL", "state", "WITHDRAWN", "source", "CENTRE"))
                .post("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(422)
                .body("type", endsWith("/centre-is-the-customers-own"));
    }

    @Test
    void aRequestFiledInTheCentreIsFollowedByTheCustomerAndHandledByStaff() {
        String customer = customer(mfa, berlin, "DE", null, "1980-01-01");
        String session = enter(customer);
        JsonPath filed = inSession(session)
                .body(Map.of("type", "ERASURE", "note", "Please delete my account"))
                .post(api(tenant.slug(), "requests"))
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .jsonPath();
        String id = filed.getString("id");
        inSession(session)
                .get(api(tenant.slug(), "requests"))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));

        Instant due = stored(filed.getString("dueAt"));
        JsonPath staffSees = as(mfa).get("/api/v1/privacy-requests/" + id)
                .then()
                .statusCode(200)
                .body("customerId", equalTo(customer))
                .body("type", equalTo("ERASURE"))
                .extract()
                .jsonPath();
        assertThat(stored(staffSees.getString("dueAt"))).isEqualTo(due);
        as(mfa).post("/api/v1/privacy-requests/" + id + "/acknowledge").then().statusCode(200);
        JsonPath followed = inSession(session)
                .get(api(tenant.slug(), "requests/" + id))
                .then()
                .statusCode(200)
                .body("acknowledgedAt", notNullValue())
                .extract()
                .jsonPath();
        assertThat(stored(followed.getString("dueAt"))).isEqualTo(due);

        String neighbour = enter(customer(mfa, berlin, "DE", null, "1975-05-05"));
        inSession(neighbour).get(api(tenant.slug(), "requests/" + id)).then().statusCode(404);
        inSession(neighbour)
                .get(api(tenant.slug(), "requests"))
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void aGpcSignalIsRecordedOnceWhereThePackHonoursItAndNowhereElse() {
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        for (String customer : List.of(californian, german)) {
            String session = enter(customer);
            for (int request = 0; request < 3; request++) {
                inSession(session)
                        .header("Sec-GPC", "1")
                        .get(api(tenant.slug(), "consents"))
                        .then()
                        .statusCode(200);
            }
        }
        JsonPath california = as(mfa).get("/api/v1/customers/" + californian + "/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(california.getList("history.findAll { it.source == 'GPC' }.purpose"))
                .as("one opt-out of sale and sharing, not one per request")
                .containsExactlyInAnyOrder("SALE_OR_SHARING", "THIRD_PARTY_SHARING");
        assertThat(california.getList("history.findAll { it.source == 'GPC' }.evidence", String.class))
                .allSatisfy(evidence -> assertThat(evidence).startsWith("Sec-GPC: 1 on GET /privacy/"));
        as(mfa).get("/api/v1/customers/" + german + "/consents")
                .then()
                .statusCode(200)
                .body("history.source", not(hasItem("GPC")));
    }

    @Test
    void guessingIsRefusedWith429AfterTheLimitPerCodeAndPerAddress() {
        String customer = customer(mfa, berlin, "DE", null, "1980-01-01");
        String code = tillCode(customer);
        for (int attempt = 1; attempt <= 5; attempt++) {
            redeem(tenant.slug(), code, "someone" + attempt + "@example.com")
                    .then()
                    .statusCode(404);
        }
        redeem(tenant.slug(), code, "customer@example.com")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType(containsString("application/problem+json"));

        Tenants.Onboarded other = tenants.onboard();
        for (int attempt = 1; attempt <= 20; attempt++) {
            redeemLink(other.slug(), "guess-" + attempt).then().statusCode(404);
        }
        redeemLink(other.slug(), "guess-21").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void anUnknownCodeAndAWrongContactAnswerAlike() {
        String customer = customer(mfa, berlin, "DE", null, "1980-01-01");
        String code = tillCode(customer);
        Map<String, Object> unknownCode = problem(redeem(tenant.slug(), "ZZZZ2222", "customer@example.com"));
        Map<String, Object> wrongContact = problem(redeem(tenant.slug(), code, "someone@example.com"));
        Map<String, Object> wrongTenant = problem(redeem(tenants.onboard().slug(), code, "customer@example.com"));
        assertThat(wrongContact).isEqualTo(unknownCode).isEqualTo(wrongTenant);
        assertThat(unknownCode).containsEntry("status", 404);

        redeem(tenant.slug(), code.toLowerCase().substring(0, 4) + "-" + code.substring(4), "CUSTOMER@example.com ")
                .then()
                .statusCode(200)
                .cookie(COOKIE, notNullValue());
    }

    @Test
    void thePagesAreServedUnderTheTenantsPathWithAStrictPolicy() {
        String page = "/privacy/" + tenant.slug() + "/";
        anonymous()
                .accept("text/html")
                .get(page)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("centre.js"));
        anonymous().get(page + "i18n-de.json").then().statusCode(200).body("'signIn.heading'", equalTo("Anmelden"));
        anonymous()
                .redirects()
                .follow(false)
                .get("/privacy/" + tenant.slug())
                .then()
                .statusCode(302)
                .header("Location", equalTo(tenant.slug() + "/"));
        anonymous()
                .accept("text/html")
                .get("/privacy/no-such-chain/")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    /** A time as the database keeps it (microseconds): the first answer shows the clock's nanoseconds. */
    /**
     * To the second: the first answer shows the due date as computed, the later reads as the
     * database kept it (the embedded database rounds to microseconds, the MariaDB server of CI
     * kept whole seconds); deadlines count in days.
     */
    private static Instant stored(String time) {
        return Instant.parse(time).truncatedTo(ChronoUnit.SECONDS);
    }

    private JsonPath link(String customer) {
        return as(mfa).post("/api/v1/customers/" + customer + "/privacy-centre-links")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private String tillCode(String customer) {
        return as(mfa).body(Map.of("customerId", customer))
                .post("/api/v1/privacy-centre/till-codes")
                .then()
                .statusCode(201)
                .body("kind", equalTo("CODE"))
                .extract()
                .path("code");
    }

    /** A session of the customer, entered through a link the store made. */
    private String enter(String customer) {
        return redeemLink(tenant.slug(), token(link(customer)))
                .then()
                .statusCode(200)
                .extract()
                .cookie(COOKIE);
    }

    private static String token(JsonPath link) {
        String url = link.getString("url");
        return url.substring(url.indexOf("#link=") + "#link=".length());
    }

    private static Response redeemLink(String slug, String token) {
        return anonymous().body(Map.of("token", token)).post(api(slug, "session/link"));
    }

    private static Response redeem(String slug, String code, String contact) {
        return anonymous().body(Map.of("code", code, "contact", contact)).post(api(slug, "session/code"));
    }

    /** What a problem says, less the request id every answer has of its own. */
    private static Map<String, Object> problem(Response answer) {
        Map<String, Object> problem = new java.util.HashMap<>(answer.then()
                .contentType(containsString("application/problem+json"))
                .extract()
                .jsonPath()
                .getMap(""));
        problem.remove("requestId");
        return problem;
    }

    private static RequestSpecification inSession(String session) {
        return anonymous().cookie(COOKIE, session);
    }

    private static String api(String slug, String path) {
        return "/privacy/" + slug + "/api/" + path;
    }
}
