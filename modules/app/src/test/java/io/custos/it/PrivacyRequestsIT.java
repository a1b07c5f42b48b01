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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Data-subject requests: due dates from each pack (business days on the customer's calendar),
 * acknowledgment, stopped clocks, identity verification, the access bundle, erasure,
 * rectification, opt-out.
 */
class PrivacyRequestsIT extends ChainInGermanyAndCalifornia {

    @Test
    void dueDatesFollowEachCustomersPack() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        assertDueInDays(request(german, "ACCESS"), 30);
        assertDueInDays(request(californian, "ACCESS"), 45);

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
        marketingGranted(german, "form 17");
        as(mfa).get("/api/v1/customers/" + german).then().statusCode(200);
        String id = request(german, "ACCESS").getString("id");
        verified(id);
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
    void anAccessRequestsArchiveIsKeptSealedDownloadedByThoseAllowedAndErasedWithTheCustomer() throws Exception {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        marketingGranted(german, "=SUM(A1)");
        String id = request(german, "ACCESS").getString("id");
        verified(id);
        as(mfa).accept("application/zip")
                .get(archive(id))
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/request-not-fulfilled"));

        JsonPath fulfilled = JsonPath.from(as(mfa).post("/api/v1/privacy-requests/" + id + "/fulfil")
                .then()
                .statusCode(200)
                .body("archive.downloads", equalTo(0))
                .body("archive.erasedAt", org.hamcrest.Matchers.nullValue())
                .extract()
                .asString());
        String sha256 = fulfilled.getString("archive.sha256");
        assertThat(Duration.between(
                        Instant.parse(fulfilled.getString("archive.createdAt")),
                        Instant.parse(fulfilled.getString("archive.expiresAt"))))
                .as("the default download window")
                .isEqualTo(Duration.ofDays(30));
        as(mfa).queryParam("action", "privacy-request.fulfil")
                .queryParam("order", "desc")
                .get("/api/v1/audit")
                .then()
                .body("items.find { it.targetId == '" + id + "' }.details.outcome.archiveSha256", equalTo(sha256));

        byte[] first = downloaded(mfa, id);
        byte[] second = downloaded(mfa, id);
        assertThat(second).as("the same stored file").isEqualTo(first);
        assertThat(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(first)))
                .isEqualTo(sha256);
        Map<String, String> files = unzipped(first);
        assertThat(files.keySet())
                .containsExactly(
                        "README.txt",
                        "bundle.json",
                        "customer.csv",
                        "consents-current.csv",
                        "consents-history.csv",
                        "access-log.csv",
                        "privacy-requests.csv");
        assertThat(files.get("README.txt"))
                .contains(tenant.slug())
                .contains("Access request: " + id)
                .contains("Customer id: " + german)
                .contains("- access-log.csv");
        JsonPath bundle = JsonPath.from(files.get("bundle.json"));
        assertThat(bundle.getString("customer.birthDate")).isEqualTo("1980-01-01");
        assertThat(bundle.getList("consents.history.evidence", String.class)).contains("=SUM(A1)");
        assertThat(bundle.getString("privacyRequests.find { it.id == '" + id + "' }.status"))
                .isEqualTo("DONE");
        assertThat(files.get("customer.csv"))
                .startsWith("field,value\r\n")
                .contains("\r\nbirthDate,1980-01-01\r\n")
                .contains("\r\nemail,customer@example.com\r\n");
        assertThat(files.get("consents-history.csv"))
                .as("a formula is shown, not run")
                .contains(",'=SUM(A1),");
        assertThat(files.get("consents-current.csv")).contains("MARKETING");
        assertThat(files.get("access-log.csv").lines().findFirst().orElseThrow().split(","))
                .containsExactlyInAnyOrder("at", "actorId", "action", "decision");
        assertThat(files.get("access-log.csv")).contains("customer.create,");
        assertThat(files.get("privacy-requests.csv")).contains(id + ",ACCESS,DONE,");

        as(mfa).get("/api/v1/privacy-requests/" + id).then().body("archive.downloads", equalTo(2));
        List<Map<String, Object>> downloads = as(mfa).queryParam("action", "privacy-request.download-archive")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.targetId == '" + id + "' }");
        assertThat(downloads).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.get("actorId")).isEqualTo(tenant.adminId());
            assertThat(entry.get("at")).isNotNull();
            assertThat(((Map<?, ?>) ((Map<?, ?>) entry.get("details")).get("outcome")).get("sha256"))
                    .isEqualTo(sha256);
        });
        try (Connection db = ItEnvironment.database();
                PreparedStatement read =
                        db.prepareStatement("SELECT sealed FROM requests_archive WHERE request_id = ?")) {
            read.setString(1, id);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            byte[] stored = row.getBytes(1);
            assertThat(stored).hasSizeGreaterThan(first.length);
            assertThat(java.util.Arrays.copyOf(stored, 4))
                    .as("no zip header: the stored bytes are sealed")
                    .isNotEqualTo(new byte[] {'P', 'K', 3, 4});
            assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("bundle.json");
        }

        // only those who may handle the request; only its own tenant; only an access request's
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        tenant.grantTenantWide(mfa, tenant.createStaff(tenant.adminToken(), "rita"), readers);
        as(Tenants.login(tenant.slug(), "rita", Tenants.ADMIN_PASSWORD))
                .accept("application/zip")
                .get(archive(id))
                .then()
                .statusCode(403);
        as(tenants.onboard().adminMfaToken())
                .accept("application/zip")
                .get(archive(id))
                .then()
                .statusCode(404);
        String rectify = request(german, "RECTIFICATION").getString("id");
        as(mfa).body(Map.of("changes", Map.of("email", "chris@example.org")))
                .post("/api/v1/privacy-requests/" + rectify + "/fulfil")
                .then()
                .statusCode(200)
                .body("archive", org.hamcrest.Matchers.nullValue());
        as(mfa).accept("application/zip")
                .get(archive(rectify))
                .then()
                .statusCode(404)
                .body("resource", equalTo("archive"));
        assertThat(auditedSteps(id)).containsOnlyOnce("privacy-request.fulfil");

        // erasing the customer erases their archive: the hash stays, the bytes go
        String erasure = request(german, "ERASURE").getString("id");
        verified(erasure);
        as(mfa).post("/api/v1/privacy-requests/" + erasure + "/fulfil").then().statusCode(200);
        as(mfa).get("/api/v1/privacy-requests/" + id)
                .then()
                .body("archive.sha256", equalTo(sha256))
                .body("archive.erasedAt", notNullValue());
        as(mfa).accept("application/zip")
                .get(archive(id))
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/archive-erased"));
        try (Connection db = ItEnvironment.database();
                PreparedStatement read =
                        db.prepareStatement("SELECT COUNT(*) FROM requests_archive WHERE request_id = ?")) {
            read.setString(1, id);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isZero();
        }
        as(mfa).queryParam("action", "privacy-request.erase-archive")
                .get("/api/v1/audit")
                .then()
                .body("items.find { it.targetId == '" + id + "' }.actorId", equalTo("system"))
                .body("items.find { it.targetId == '" + id + "' }.details.outcome.reason", equalTo("customer-erased"));
        as(mfa).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /** The archive as a download: a zip attachment named after the request. */
    static byte[] downloaded(String token, String requestId) {
        return as(token)
                .accept("application/zip")
                .get(archive(requestId))
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"access-request-" + requestId + ".zip\"")
                .extract()
                .asByteArray();
    }

    /** The zip's files in their order, as UTF-8 text. */
    static Map<String, String> unzipped(byte[] zip) throws java.io.IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private void marketingGranted(String customer, String evidence) {
        as(mfa).body(Map.of("purpose", "MARKETING", "state", "GRANTED", "source", "POS", "evidence", evidence))
                .post("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(201);
    }

    static String archive(String requestId) {
        return "/api/v1/privacy-requests/" + requestId + "/archive";
    }

    @Test
    void erasureShredsTheCustomerAndTheTrailStillVerifies() throws Exception {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        marketingGranted(german, "signed by Chris");
        String id = request(german, "ERASURE").getString("id");
        verified(id);
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
                .post("/api/v1/privacy-requests/" + id + "/acknowledge")
                .then()
                .statusCode(404);
        as(otherMfa)
                .post("/api/v1/privacy-requests/" + id + "/resume-clock")
                .then()
                .statusCode(404);
        as(otherMfa)
                .body(Map.of("reason", "CLARIFICATION"))
                .post("/api/v1/privacy-requests/" + id + "/stop-clock")
                .then()
                .statusCode(404);
        as(otherMfa)
                .body(Map.of("method", "ID_DOCUMENT", "result", "VERIFIED"))
                .post("/api/v1/privacy-requests/" + id + "/verify-identity")
                .then()
                .statusCode(404);
        as(mfa).get("/api/v1/privacy-requests/" + id)
                .then()
                .body("identityVerification", org.hamcrest.Matchers.nullValue())
                .body("acknowledgedAt", org.hamcrest.Matchers.nullValue());
        as(mfa).body(Map.of("method", "BY_GUESS", "result", "VERIFIED"))
                .post("/api/v1/privacy-requests/" + id + "/verify-identity")
                .then()
                .statusCode(400);
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

    @Test
    void californianClocksCountBusinessDaysWithTheStatesPublicHolidays() {
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        // the Wednesday before the last Thanksgiving: Thursday and Friday are California holidays
        Instant wednesday = wednesdayBeforeLastThanksgiving().atTime(16, 0).toInstant(ZoneOffset.UTC);
        JsonPath access = received(californian, "ACCESS", wednesday);
        // 10 business days: Mon-Fri of the next two weeks; 14 calendar days without the holidays
        assertThat(Instant.parse(access.getString("acknowledgeDueAt"))).isEqualTo(wednesday.plus(Duration.ofDays(16)));
        assertDueInDays(access, 45);
        JsonPath optOut = received(californian, "OPT_OUT", wednesday);
        // 15 business days: the two weeks and Monday to Friday of the third
        assertDueInDays(optOut, 23);
        assertThat(optOut.getString("acknowledgeDueAt")).isNull();

        as(mfa).get("/api/v1/rule-packs/US-CA")
                .then()
                .statusCode(200)
                .body("dsarAcknowledgeDays", equalTo(10))
                .body("deadlineUnits.dsarAcknowledgeDays", equalTo("BUSINESS_DAYS"))
                .body("deadlineUnits.dsarResponseDays", equalTo("CALENDAR_DAYS"))
                .body("clockStops", org.hamcrest.Matchers.empty());
        // a German customer's clock counts calendar days, with no acknowledgment deadline
        JsonPath german = received(customer(mfa, berlin, "DE", null, "1980-01-01"), "ACCESS", wednesday);
        assertDueInDays(german, 30);
        assertThat(german.getString("acknowledgeDueAt")).isNull();
    }

    @Test
    void anAcknowledgmentPastItsDateShowsAndIsRecordedOnce() {
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        JsonPath late = received(californian, "RECTIFICATION", Instant.now().minus(Duration.ofDays(20)));
        assertThat(late.getBoolean("acknowledgmentOverdue")).isTrue();
        assertThat(late.getBoolean("overdue")).isFalse();
        String id = late.getString("id");
        as(mfa).post("/api/v1/privacy-requests/" + id + "/acknowledge")
                .then()
                .statusCode(200)
                .body("acknowledgmentOverdue", equalTo(false))
                .body("acknowledgedBy", equalTo(tenant.adminId()))
                .body("acknowledgedAt", notNullValue());
        as(mfa).post("/api/v1/privacy-requests/" + id + "/acknowledge")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/already-acknowledged"));
        assertThat(auditedSteps(id)).containsOnlyOnce("privacy-request.acknowledge");
    }

    @Test
    void aStoppedClockMovesTheDueDateByTheTimeItStoodStill() {
        String london = store(mfa, "LON", "GB", null);
        String briton = customer(mfa, london, "GB", null, "1980-01-01");
        JsonPath received = received(briton, "ACCESS", Instant.now().minus(Duration.ofDays(3)));
        String id = received.getString("id");
        Instant due = Instant.parse(received.getString("dueAt"));

        JsonPath stopped = JsonPath.from(as(mfa).body(Map.of("reason", "IDENTITY_VERIFICATION", "note", "asked for ID"))
                .post("/api/v1/privacy-requests/" + id + "/stop-clock")
                .then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_IDENTITY_VERIFICATION"))
                .body("clockStops", org.hamcrest.Matchers.hasSize(1))
                .body("clockStops[0].resumedAt", org.hamcrest.Matchers.nullValue())
                .extract()
                .asString());
        // stored times may lose their fraction of a second (seen once in the full suite); the shift is what counts
        assertThat(Instant.parse(stopped.getString("clockStops[0].dueBefore")))
                .isCloseTo(due, within(1, ChronoUnit.SECONDS));
        as(mfa).post("/api/v1/privacy-requests/" + id + "/fulfil")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/clock-stopped"));
        as(mfa).body(Map.of("reason", "CLARIFICATION"))
                .post("/api/v1/privacy-requests/" + id + "/stop-clock")
                .then()
                .statusCode(409);
        verified(id);

        JsonPath resumed = JsonPath.from(as(mfa).post("/api/v1/privacy-requests/" + id + "/resume-clock")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("clockStops[0].resumedBy", equalTo(tenant.adminId()))
                .extract()
                .asString());
        Duration stood = Duration.between(
                Instant.parse(resumed.getString("clockStops[0].stoppedAt")),
                Instant.parse(resumed.getString("clockStops[0].resumedAt")));
        assertThat(stood).isPositive();
        assertThat(Instant.parse(resumed.getString("dueAt"))).isCloseTo(due.plus(stood), within(1, ChronoUnit.SECONDS));
        assertThat(resumed.getString("clockStops[0].dueAfter")).isEqualTo(resumed.getString("dueAt"));
        as(mfa).post("/api/v1/privacy-requests/" + id + "/resume-clock")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/clock-running"));
        assertThat(auditedSteps(id))
                .contains(
                        "privacy-request.stop-clock",
                        "privacy-request.resume-clock",
                        "privacy-request.verify-identity");

        // the clock may stop again; the history keeps both stops
        as(mfa).body(Map.of("reason", "CLARIFICATION"))
                .post("/api/v1/privacy-requests/" + id + "/stop-clock")
                .then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_CLARIFICATION"))
                .body("clockStops.reason", org.hamcrest.Matchers.contains("IDENTITY_VERIFICATION", "CLARIFICATION"));
        as(mfa).queryParam("status", "open")
                .get("/api/v1/privacy-requests")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void theClockStopsOnlyWhereTheLawLetsIt() {
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        for (String customer : List.of(californian, german)) {
            String id = request(customer, "ACCESS").getString("id");
            as(mfa).body(Map.of("reason", "IDENTITY_VERIFICATION"))
                    .post("/api/v1/privacy-requests/" + id + "/stop-clock")
                    .then()
                    .statusCode(422)
                    .body("type", org.hamcrest.Matchers.endsWith("/clock-stop-not-allowed"));
            as(mfa).get("/api/v1/privacy-requests/" + id)
                    .then()
                    .body("status", equalTo("OPEN"))
                    .body("clockStops", org.hamcrest.Matchers.empty());
            assertThat(auditedSteps(id)).doesNotContain("privacy-request.stop-clock");
        }
        // a clock that ran out cannot stop
        String briton = customer(mfa, store(mfa, "MAN", "GB", null), "GB", null, "1980-01-01");
        String late = received(briton, "ACCESS", Instant.now().minus(Duration.ofDays(31)))
                .getString("id");
        as(mfa).body(Map.of("reason", "CLARIFICATION"))
                .post("/api/v1/privacy-requests/" + late + "/stop-clock")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/deadline-passed"));
    }

    @Test
    void tenantOverridesOfUnitsAndStopsHoldOnlyWhenStricterAndDriveTheClocks() {
        // the old calendar approximation of 10 business days is now looser than the law
        as(mfa).body(Map.of("dsarAcknowledgeDays", 14))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("dsarAcknowledgeDays"));
        Map<String, String> calendar = Map.of(
                "dsarResponseDays", "CALENDAR_DAYS",
                "dsarExtensionDays", "CALENDAR_DAYS",
                "dsarAcknowledgeDays", "CALENDAR_DAYS",
                "optOutProcessingDays", "CALENDAR_DAYS");
        as(mfa).body(Map.of("deadlineUnits", calendar, "dsarAcknowledgeDays", 12))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(200)
                .body("deadlineUnits.dsarAcknowledgeDays", equalTo("CALENDAR_DAYS"));
        String californian = customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        Instant wednesday = wednesdayBeforeLastThanksgiving().atTime(16, 0).toInstant(ZoneOffset.UTC);
        assertThat(Instant.parse(received(californian, "ACCESS", wednesday).getString("acknowledgeDueAt")))
                .isEqualTo(wednesday.plus(Duration.ofDays(12)));

        // a tenant may give up a stop the law allows, never add one
        as(mfa).body(Map.of("clockStops", List.of("IDENTITY_VERIFICATION", "CLARIFICATION")))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("clockStops"));
        as(mfa).body(Map.of("clockStops", List.of("IDENTITY_VERIFICATION")))
                .put("/api/v1/rule-packs/GB/overrides")
                .then()
                .statusCode(200);
        String briton = customer(mfa, store(mfa, "LON", "GB", null), "GB", null, "1980-01-01");
        String id = request(briton, "ACCESS").getString("id");
        as(mfa).body(Map.of("reason", "CLARIFICATION"))
                .post("/api/v1/privacy-requests/" + id + "/stop-clock")
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("/clock-stop-not-allowed"));
        as(mfa).body(Map.of("reason", "IDENTITY_VERIFICATION"))
                .post("/api/v1/privacy-requests/" + id + "/stop-clock")
                .then()
                .statusCode(200);
    }

    @Test
    void accessAndErasureWaitForASuccessfulIdentityVerification() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        for (String type : List.of("ACCESS", "ERASURE")) {
            String id = request(german, type).getString("id");
            as(mfa).post("/api/v1/privacy-requests/" + id + "/fulfil")
                    .then()
                    .statusCode(409)
                    .body("type", org.hamcrest.Matchers.endsWith("/identity-not-verified"));
            as(mfa).body(Map.of("method", "KNOWN_DETAILS", "result", "FAILED", "note", "wrong address"))
                    .post("/api/v1/privacy-requests/" + id + "/verify-identity")
                    .then()
                    .statusCode(200)
                    .body("identityVerification.result", equalTo("FAILED"))
                    .body("identityVerification.verifiedBy", equalTo(tenant.adminId()));
            as(mfa).post("/api/v1/privacy-requests/" + id + "/fulfil").then().statusCode(409);
            as(mfa).get("/api/v1/privacy-requests/" + id).then().body("status", equalTo("OPEN"));
            assertThat(auditedSteps(id)).doesNotContain("privacy-request.fulfil");
        }
        String access = request(german, "ACCESS").getString("id");
        verified(access);
        as(mfa).body(Map.of("method", "OTHER", "result", "FAILED"))
                .post("/api/v1/privacy-requests/" + access + "/verify-identity")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/already-verified"));
        as(mfa).post("/api/v1/privacy-requests/" + access + "/fulfil")
                .then()
                .statusCode(200)
                .body("identityVerification.method", equalTo("ID_DOCUMENT"));
        // a rectification needs no verification step
        String rectify = request(german, "RECTIFICATION").getString("id");
        as(mfa).body(Map.of("changes", Map.of("email", "chris@example.org")))
                .post("/api/v1/privacy-requests/" + rectify + "/fulfil")
                .then()
                .statusCode(200);
    }

    private void verified(String id) {
        as(mfa).body(Map.of("method", "ID_DOCUMENT", "result", "VERIFIED", "note", "identity card"))
                .post("/api/v1/privacy-requests/" + id + "/verify-identity")
                .then()
                .statusCode(200)
                .body("identityVerification.result", equalTo("VERIFIED"))
                .body("identityVerification.verifiedAt", notNullValue());
    }

    private JsonPath received(String customer, String type, Instant receivedAt) {
        return JsonPath.from(
                as(mfa).body(Map.of("customerId", customer, "type", type, "receivedAt", receivedAt.toString()))
                        .post("/api/v1/privacy-requests")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString());
    }

    private List<String> auditedSteps(String requestId) {
        return as(mfa).queryParam("limit", 500)
                .queryParam("order", "desc")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.targetId == '" + requestId + "' }.action");
    }

    /** The latest Wednesday before Thanksgiving (4th Thursday of November) that lies in the past. */
    private static LocalDate wednesdayBeforeLastThanksgiving() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int year = today.getYear(); ; year--) {
            LocalDate thanksgiving =
                    LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            LocalDate wednesday = thanksgiving.minusDays(1);
            if (wednesday.isBefore(today)) {
                return wednesday;
            }
        }
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
