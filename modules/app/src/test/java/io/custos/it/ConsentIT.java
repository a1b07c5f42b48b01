package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.custos.it.Tenants.Onboarded;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consent per purpose under each customer's rule pack, and segments that only hold lawful customers. */
class ConsentIT extends ChainInGermanyAndCalifornia {

    @Test
    void optInAndOptOutRegimesSideBySide() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");

        // Sale or sharing: opt-in under the GDPR pack, opt-out under the CCPA pack.
        assertThat(segment(mfa, "SALE_OR_SHARING")).containsExactly(californian);
        consent(mfa, german, "SALE_OR_SHARING", "GRANTED", "POS").statusCode(201);
        assertThat(segment(mfa, "SALE_OR_SHARING")).containsExactlyInAnyOrder(german, californian);

        // A withdrawal is in force the moment it is answered, in both regimes.
        consent(mfa, californian, "SALE_OR_SHARING", "WITHDRAWN", "WEB").statusCode(201);
        consent(mfa, german, "SALE_OR_SHARING", "WITHDRAWN", "APP").statusCode(201);
        assertThat(segment(mfa, "SALE_OR_SHARING")).isEmpty();

        as(mfa).body(Map.of("purpose", "SALE_OR_SHARING"))
                .post("/api/v1/segments/count")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void theConsentGateExplainsEachRegime() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        explain(german, "PROFILING")
                .body("allowed", equalTo(false))
                .body("gates.find { it.gate == 'consent' }.detail", containsString("has not consented"));
        explain(californian, "PROFILING")
                .body("allowed", equalTo(true))
                .body("gates.find { it.gate == 'consent' }.detail", containsString("has not opted out"));
        explain(german, null).body("gates.find { it.gate == 'consent' }.passed", equalTo(true));
    }

    @Test
    void globalPrivacyControlOptsOutOfSaleWhereThePackHonoursIt() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        consent(mfa, german, "SALE_OR_SHARING", "GRANTED", "WEB").statusCode(201);

        consent(mfa, californian, "SALE_OR_SHARING", "WITHDRAWN", "GPC").statusCode(201);
        consent(mfa, german, "SALE_OR_SHARING", "WITHDRAWN", "GPC").statusCode(201);
        // CCPA honours GPC; the GDPR pack does not, so the German customer's own consent stands.
        assertThat(segment(mfa, "SALE_OR_SHARING")).containsExactly(german);
        as(mfa).get("/api/v1/customers/" + californian + "/consents")
                .then()
                .statusCode(200)
                .body("current.find { it.purpose == 'SALE_OR_SHARING' }.gpc", equalTo(true))
                .body("history.source", contains("GPC"));

        consent(mfa, californian, "SALE_OR_SHARING", "GRANTED", "GPC")
                .statusCode(422)
                .contentType("application/problem+json");
        consent(mfa, californian, "MARKETING", "WITHDRAWN", "GPC").statusCode(422);
    }

    @Test
    void minorsNeedTheirGuardiansConsent() {
        String child = customer(
                mfa, sanFrancisco, "US", "US-CA", LocalDate.now().minusYears(10).toString());
        String adult = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        assertThat(segment(mfa, "MARKETING")).containsExactly(adult);

        consent(mfa, child, "MARKETING", "GRANTED", "POS").statusCode(201);
        assertThat(segment(mfa, "MARKETING")).containsExactly(adult);

        consent(mfa, child, "MARKETING", "GRANTED", "GUARDIAN")
                .statusCode(400)
                .body("errors.field", hasItem("guardian"));
        as(mfa).body(Map.of(
                        "purpose",
                        "MARKETING",
                        "state",
                        "GRANTED",
                        "source",
                        "GUARDIAN",
                        "guardian",
                        "Maria Doe (mother)"))
                .post("/api/v1/customers/" + child + "/consents")
                .then()
                .statusCode(201)
                .body("guardian", equalTo("Maria Doe (mother)"));
        assertThat(segment(mfa, "MARKETING")).containsExactlyInAnyOrder(child, adult);
        explain(child, "MARKETING").body("allowed", equalTo(true));
    }

    @Test
    void consentAgesAboveEighteenHoldFromThePackAndFromTheTenant() {
        LocalDate nineteenYearsAgo = LocalDate.now().minusYears(19);
        String bangkok = store(mfa, "BKK", "TH", null);
        String inThailand = customer(mfa, bangkok, "TH", null, nineteenYearsAgo.toString());
        consent(mfa, inThailand, "MARKETING", "GRANTED", "POS").statusCode(201);
        explain(inThailand, "MARKETING")
                .body(containsString("the customer is a minor until " + nineteenYearsAgo.plusYears(20)));

        String inCalifornia = customer(mfa, sanFrancisco, "US", "US-CA", nineteenYearsAgo.toString());
        assertThat(segment(mfa, "MARKETING")).contains(inCalifornia);
        as(mfa).body(Map.of("digitalConsentAge", 21))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(200);
        assertThat(segment(mfa, "MARKETING")).doesNotContain(inCalifornia);
        explain(inCalifornia, "MARKETING")
                .body(containsString("the customer is a minor until " + nineteenYearsAgo.plusYears(21)));

        as(mfa).body(Map.of("digitalConsentAge", 26))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("digitalConsentAge"));
    }

    @Test
    void noticesAreVersionedAndAConsentGivenNamesTheOneShown() throws Exception {
        String text = "We send you our offers by e-mail once a month. You may object at any time.";
        var first = publishNotice("MARKETING", "en", "Offers by e-mail", "Offers once a month.");
        assertThat(first.getInt("version")).isEqualTo(1);
        var second = publishNotice("MARKETING", "en", "Offers by e-mail", text);
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getString("textSha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
        String profilingNotice = publishNotice("PROFILING", "en", "Profiles", "We learn what you like.")
                .getString("id");
        as(mfa).queryParam("purpose", "MARKETING")
                .get("/api/v1/consent-notices")
                .then()
                .statusCode(200)
                .body("items.version", contains(2, 1));

        String customer = customer(mfa, berlin, "DE", null, "1980-01-01");
        consent(mfa, customer, "MARKETING", "GRANTED", "POS")
                .statusCode(422)
                .body("type", containsString("notice-required"));
        consentShowing(customer, "MARKETING", profilingNotice)
                .statusCode(400)
                .body("errors.field", hasItem("noticeId"));
        consentShowing(customer, "MARKETING", second.getString("id"))
                .statusCode(201)
                .body("noticeId", equalTo(second.getString("id")))
                .body("evidenceSha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        consent(mfa, customer, "MARKETING", "WITHDRAWN", "WEB").statusCode(201); // a withdrawal shows no notice

        String other = tenants.onboard().adminMfaToken();
        as(other)
                .get("/api/v1/consent-notices/" + second.getString("id"))
                .then()
                .statusCode(404);
        String theirs = customer(other, store(other, "HAM", "DE", null), "DE", null, "1980-01-01");
        as(other)
                .body(Map.of(
                        "purpose", "MARKETING",
                        "state", "GRANTED",
                        "source", "POS",
                        "noticeId", second.getString("id")))
                .post("/api/v1/customers/" + theirs + "/consents")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("noticeId"));
    }

    @Test
    void evidenceEditedInTheDatabaseIsCaughtByVerify() throws Exception {
        String customer = customer(mfa, berlin, "DE", null, "1980-01-01");
        String event = consent(mfa, customer, "MARKETING", "GRANTED", "POS")
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("alteredRecords", org.hamcrest.Matchers.empty());

        try (Connection db = ItEnvironment.database();
                PreparedStatement tamper = db.prepareStatement(
                        "UPDATE consent_event SET evidence = 'signed online' WHERE tenant_id = ? AND id = ?")) {
            tamper.setString(1, tenant.id());
            tamper.setString(2, event);
            assertThat(tamper.executeUpdate()).isOne();
        }
        as(mfa).get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenSeq", org.hamcrest.Matchers.nullValue())
                .body("alteredRecords.recordId", contains(event))
                .body("alteredRecords.action", contains("consent.record"));
    }

    private io.restassured.path.json.JsonPath publishNotice(
            String purpose, String language, String title, String text) {
        return as(mfa).body(Map.of("purpose", purpose, "language", language, "title", title, "text", text))
                .post("/api/v1/consent-notices")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private io.restassured.response.ValidatableResponse consentShowing(String customer, String purpose, String notice) {
        return as(mfa).body(Map.of(
                        "purpose", purpose,
                        "state", "GRANTED",
                        "source", "WEB",
                        "noticeId", notice,
                        "evidence", "double opt-in confirmed from 203.0.113.7"))
                .post("/api/v1/customers/" + customer + "/consents")
                .then();
    }

    @Test
    void segmentsStayInsideTheCallersScopeAndResidency() {
        String inBerlin = customer(mfa, berlin, "DE", null, "1980-01-01");
        String inSanFrancisco = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        String shanghai = store(mfa, "SHA", "CN", null);
        String inShanghai = customer(mfa, shanghai, "CN", null, "1980-01-01");
        consent(mfa, inBerlin, "MARKETING", "GRANTED", "POS").statusCode(201);
        consent(mfa, inShanghai, "MARKETING", "GRANTED", "POS").statusCode(201);

        // Headquarters in Germany reach a Chinese customer only with their cross-border consent.
        assertThat(segment(mfa, "MARKETING")).containsExactlyInAnyOrder(inBerlin, inSanFrancisco);
        consent(mfa, inShanghai, "CROSS_BORDER_TRANSFER", "GRANTED", "APP").statusCode(201);
        assertThat(segment(mfa, "MARKETING")).containsExactlyInAnyOrder(inBerlin, inSanFrancisco, inShanghai);

        String manager = storeManager(berlin);
        assertThat(segment(manager, "MARKETING")).containsExactly(inBerlin);
        as(manager)
                .body(Map.of("purpose", "MARKETING", "filters", Map.of("storeId", sanFrancisco)))
                .post("/api/v1/segments/query")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        // Exports need customer.export, which a store manager does not hold.
        as(manager)
                .accept("text/csv")
                .body(Map.of("purpose", "MARKETING"))
                .post("/api/v1/segments/export")
                .then()
                .statusCode(403);
    }

    @Test
    void segmentsPageAndExportAsCsv() {
        String first = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        String second = customer(mfa, sanFrancisco, "US", "US-CA", "1981-01-01");
        String third = customer(mfa, sanFrancisco, "US", "US-CA", "1982-01-01");
        String cursor = as(mfa).body(Map.of("purpose", "PROFILING", "filters", Map.of("country", "US")))
                .queryParam("limit", 2)
                .post("/api/v1/segments/query")
                .then()
                .statusCode(200)
                .body("items.id", contains(first, second))
                .body("items[0].email", equalTo("customer@example.com"))
                .extract()
                .path("nextCursor");
        as(mfa).body(Map.of("purpose", "PROFILING"))
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .post("/api/v1/segments/query")
                .then()
                .body("items.id", contains(third));
        String csv = as(mfa).accept("text/csv")
                .body(Map.of("purpose", "PROFILING"))
                .post("/api/v1/segments/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().toList())
                .hasSize(4)
                .first()
                .isEqualTo("id,givenName,familyName,email,phone,country,storeId");
        assertThat(csv).contains(first, second, third);
        as(mfa).queryParam("action", "segments.export")
                .get("/api/v1/audit")
                .then()
                .body("items.targetId", hasItem("PROFILING"));
    }

    @Test
    void tenantsAddPurposesThatFollowABuiltInBasis() {
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        as(mfa).body(Map.of("code", "LOYALTY_NEWS", "description", "Loyalty newsletter", "follows", "MARKETING_EMAIL"))
                .post("/api/v1/purposes")
                .then()
                .statusCode(201)
                .body("code", equalTo("LOYALTY_NEWS"));
        as(mfa).body(Map.of("code", "LOYALTY_NEWS", "description", "again"))
                .post("/api/v1/purposes")
                .then()
                .statusCode(409);
        as(mfa).body(Map.of("code", "RAFFLE", "description", "Raffle", "follows", "NOPE"))
                .post("/api/v1/purposes")
                .then()
                .statusCode(400);
        as(tenant.adminToken())
                .get("/api/v1/purposes")
                .then()
                .statusCode(200)
                .body(
                        "items.code",
                        hasItems(
                                "MARKETING",
                                "MARKETING_EMAIL",
                                "MARKETING_SMS",
                                "PROFILING",
                                "SALE_OR_SHARING",
                                "CROSS_BORDER_TRANSFER",
                                "THIRD_PARTY_SHARING",
                                "LOYALTY_NEWS"));
        assertThat(segment(mfa, "LOYALTY_NEWS")).containsExactly(californian);
        consent(mfa, german, "LOYALTY_NEWS", "GRANTED", "EMAIL").statusCode(201);
        assertThat(segment(mfa, "LOYALTY_NEWS")).containsExactlyInAnyOrder(californian, german);

        // A purpose of the tenant's own, following none, needs consent under every pack.
        as(mfa).body(Map.of("code", "RAFFLE", "description", "Raffle draws"))
                .post("/api/v1/purposes")
                .then()
                .statusCode(201);
        assertThat(segment(mfa, "RAFFLE")).isEmpty();
        consent(mfa, californian, "RAFFLE", "GRANTED", "WEB").statusCode(201);
        assertThat(segment(mfa, "RAFFLE")).containsExactly(californian);
    }

    @Test
    void badInputGetsAClearProblemAndLeavesNothingBehind() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        consent(mfa, german, "NEWSLETTER", "GRANTED", "POS").statusCode(400).body("errors.field", hasItem("purpose"));
        consent(mfa, german, "MARKETING", "MAYBE", "POS").statusCode(400);
        as(mfa).body(Map.of(
                        "purpose", "MARKETING", "state", "GRANTED", "source", "POS", "evidence", "line one\nline two"))
                .post("/api/v1/customers/" + german + "/consents")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("evidence"));
        consent(mfa, "no-such-customer", "MARKETING", "GRANTED", "POS").statusCode(404);
        as(mfa).body(Map.of("purpose", "NOPE"))
                .post("/api/v1/segments/query")
                .then()
                .statusCode(400);
        as(mfa).get("/api/v1/customers/" + german + "/consents")
                .then()
                .statusCode(200)
                .body("history", org.hamcrest.Matchers.empty());
    }

    @Test
    void anotherTenantsCustomerIsNotFound() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        Onboarded other = tenants.onboard();
        String otherMfa = other.adminMfaToken();
        consent(otherMfa, german, "MARKETING", "GRANTED", "POS").statusCode(404);
        as(otherMfa).get("/api/v1/customers/" + german + "/consents").then().statusCode(404);
        assertThat(segment(otherMfa, "PROFILING")).doesNotContain(german);
    }

    @Test
    void consentEventsAreOnTheAuditTrail() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        consent(mfa, german, "MARKETING", "GRANTED", "POS").statusCode(201);
        as(mfa).queryParam("customerId", german)
                .queryParam("action", "consent.record")
                .get("/api/v1/audit")
                .then()
                .body("items.details.purpose", hasItem("MARKETING"))
                .body("items.details.evidence", not(hasItem("signed at the till")));
    }

    private io.restassured.response.ValidatableResponse consent(
            String token, String customer, String purpose, String state, String source) {
        return as(token)
                .body(Map.of(
                        "purpose", purpose,
                        "state", state,
                        "source", source,
                        "policyVersion", "2026-01",
                        "evidence", "signed at the till"))
                .post("/api/v1/customers/" + customer + "/consents")
                .then();
    }

    private io.restassured.response.ValidatableResponse explain(String customer, String purpose) {
        var request = as(mfa).queryParam("staffId", tenant.adminId())
                .queryParam("customerId", customer)
                .queryParam("action", "segments.query");
        if (purpose != null) {
            request.queryParam("purpose", purpose);
        }
        return request.get("/api/v1/access/explain").then().statusCode(200);
    }

    static List<String> segment(String token, String purpose) {
        return as(token)
                .body(Map.of("purpose", purpose))
                .queryParam("limit", 500)
                .post("/api/v1/segments/query")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }

    private String storeManager(String store) {
        String username = "mgr" + store.substring(0, 6).replace("-", "");
        String staff = tenant.createStaff(tenant.adminToken(), username);
        String role = as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'STORE_MANAGER' }.id");
        as(mfa).body(Map.of(
                        "staffId",
                        staff,
                        "roleId",
                        role,
                        "scope",
                        Map.of("type", "STORE", "id", store),
                        "reason",
                        "manager"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);
        return Tenants.login(tenant.slug(), username, Tenants.ADMIN_PASSWORD);
    }
}
