package io.custos.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test clock, the cluster-wide scheduler and mail retries, in two custos.jar processes of
 * their own on the suite's database, started once for these tests. Moving a clock expires the
 * tokens of everything on that server, so no test of the shared server may run on a moved clock:
 * these processes exist for it (demo mode, CUSTOS_TEST_CLOCK=enabled). Their own polls are a day
 * apart, so that rounds happen only when a test asks for one (run-due) and no test sleeps. Both are
 * moved ahead of the real time at once, so the shared server, on the real time, never finds their
 * slots or their mails due meanwhile.
 */
class ClockAndJobsIT {

    private static final String HOUSEKEEPING = "platform.housekeeping";
    private static final List<CustosProcess> INSTANCES = new ArrayList<>();
    private static String first;
    private static String second;

    /** The shared server every other test class talks to by default: given back when these tests end. */
    private static String suiteBase;

    @BeforeAll
    static void startTwoInstancesWithTestClocks() throws Exception {
        Map<String, String> testClock = Map.of(
                "CUSTOS_MODE", "demo",
                "CUSTOS_TEST_CLOCK", "enabled",
                "CUSTOS_JOBS_POLL_SECONDS", "3600",
                "CUSTOS_WEBHOOK_ALLOW", "127.0.0.1");
        for (int number = 1; number <= 2; number++) {
            INSTANCES.add(CustosProcess.start("clock-" + number, testClock));
        }
        first = INSTANCES.get(0).awaitReady().base();
        second = INSTANCES.get(1).awaitReady().base();
        suiteBase = RestAssured.baseURI;
        RestAssured.baseURI = first;
        for (String instance : List.of(first, second)) {
            advance(instance, "PT2H");
        }
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        RestAssured.baseURI = suiteBase;
        for (CustosProcess instance : INSTANCES) {
            instance.stop();
        }
    }

    @Test
    void theClockMovesForwardOnlyAndAccessTokensExpireByIt() {
        Instant before = Instant.parse(clock(first).getString("now"));
        JsonPath moved = advance(first, "PT26H");
        assertThat(Instant.parse(moved.getString("now")))
                .isBetween(before.plus(Duration.ofHours(26)), before.plus(Duration.ofHours(27)));
        assertThat(Duration.parse(moved.getString("offset"))).isGreaterThanOrEqualTo(Duration.ofHours(28));
        for (String refused : List.of("-PT1H", "PT0S", "P401D", "tomorrow")) {
            operator(first)
                    .body(Map.of("advance", refused))
                    .post("/api/v1/platform/clock")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("advance"));
        }

        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard(); // its admin's token is issued by the first instance's clock
        on(first).auth().oauth2(tenant.adminToken()).get("/api/v1/staff").then().statusCode(200);
        advance(first, "PT16M"); // beyond the tokens' 15 minutes
        on(first).auth().oauth2(tenant.adminToken()).get("/api/v1/staff").then().statusCode(401);
    }

    @Test
    void aDueSlotRunsOnceThoughBothInstancesRunTheirRoundsAtOnce() throws Exception {
        // both clocks a day past the later one: at least one daily slot is due that nobody has run
        Instant later = moveBothBeyondTheLater(Duration.ofDays(1));
        List<Map<String, Object>> ran = runDueOnBothAtOnce();

        List<String> housekeeping = ran.stream()
                .filter(run -> HOUSEKEEPING.equals(run.get("job")))
                .map(run -> (String) run.get("dueAt"))
                .toList();
        assertThat(housekeeping).as("slots run in both rounds").doesNotHaveDuplicates();
        assertThat(housekeeping.stream().map(Instant::parse)).anyMatch(due -> due.isAfter(later));
        Set<String> slots = new HashSet<>(housekeeping);
        for (String due : slots) {
            assertThat(attemptsOf(HOUSEKEEPING, Instant.parse(due))).as(due).isEqualTo(1);
        }
    }

    @Test
    void aCampaignPastItsDueDateClosesOnceThoughBothInstancesRunTheirRounds() throws Exception {
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String mfa = mfaOnMovedClock(tenant);
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String grant = tenant.grantTenantWide(mfa, tenant.createStaff(tenant.adminToken(), "ines"), readers);
        Instant serverNow = Instant.parse(clock(first).getString("now"));
        String review = on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of(
                        "name",
                        "Closes itself",
                        "dueAt",
                        serverNow.plus(Duration.ofDays(1)).toString(),
                        "autoRevokeUnreviewed",
                        true))
                .post("/api/v1/access-reviews")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        runDueOnBothAtOnce(); // due within the tenant's 3 reminder days: its reviewer is reminded, once
        List<MimeMessage> reminders = Mailbox.of("admin@" + tenant.slug() + ".example").awaitReceived(1).stream()
                .filter(m -> subject(m).startsWith("Access review \"Closes itself\" closes "))
                .toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getContent().toString())
                .contains("1 grant waits for your decision")
                .contains("Grants nobody decided on are revoked then.");

        moveBothBeyondTheLater(Duration.ofDays(2));
        runDueOnBothAtOnce();

        try (Connection db = ItEnvironment.database()) {
            assertThat(single(db, "SELECT status FROM identity_access_review WHERE id = ?", review))
                    .isEqualTo("CLOSED");
            assertThat(single(db, "SELECT revoked_by FROM identity_grant WHERE id = ?", grant))
                    .as("the unreviewed grant, revoked by the closing")
                    .isEqualTo("system");
            assertThat(single(
                            db,
                            "SELECT COUNT(*) FROM audit_entry WHERE action = 'access-review.close' AND target_id = ?",
                            review))
                    .as("closed once")
                    .isEqualTo("1");
        }
    }

    @Test
    void anAccessArchiveIsErasedOnceTheTenantsDownloadWindowEnds() throws Exception {
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String secret = enrolOnMovedClock(tenant);
        String mfa = signInOnMovedClock(tenant, secret);
        changeSettingsOnFirst(mfa, Map.of("privacy", Map.of("archiveDownloadDays", 1)));
        String customer = ChainInGermanyAndCalifornia.customer(
                mfa, ItBase.store(mfa, "BER", "DE", null), "DE", null, "1980-01-01");
        String request = on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of("customerId", customer, "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of("method", "ID_DOCUMENT", "result", "VERIFIED"))
                .post("/api/v1/privacy-requests/" + request + "/verify-identity")
                .then()
                .statusCode(200);
        JsonPath fulfilled = on(first)
                .auth()
                .oauth2(mfa)
                .post("/api/v1/privacy-requests/" + request + "/fulfil")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(Duration.between(
                        Instant.parse(fulfilled.getString("archive.createdAt")),
                        Instant.parse(fulfilled.getString("archive.expiresAt"))))
                .as("the tenant's window")
                .isEqualTo(Duration.ofDays(1));
        PrivacyRequestsIT.downloaded(mfa, request);

        moveBothBeyondTheLater(Duration.ofDays(1).plusHours(2));
        runDueOnBothAtOnce();

        mfa = signInOnMovedClock(tenant, secret);
        on(first)
                .auth()
                .oauth2(mfa)
                .get("/api/v1/privacy-requests/" + request)
                .then()
                .statusCode(200)
                .body("archive.sha256", equalTo(fulfilled.getString("archive.sha256")))
                .body("archive.erasedAt", not(nullValue()))
                .body("archive.downloads", equalTo(1));
        on(first)
                .auth()
                .oauth2(mfa)
                .accept("application/zip")
                .get(PrivacyRequestsIT.archive(request))
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/archive-expired"));
        try (Connection db = ItEnvironment.database()) {
            assertThat(single(db, "SELECT COUNT(*) FROM requests_archive WHERE request_id = ?", request))
                    .as("the sealed bytes are gone")
                    .isEqualTo("0");
            assertThat(single(
                            db,
                            "SELECT COUNT(*) FROM audit_entry WHERE action = 'privacy-request.erase-archive'"
                                    + " AND actor_id = 'system' AND target_id = ?",
                            request))
                    .as("erased once, by the system")
                    .isEqualTo("1");
        }
    }

    @Test
    void aPrivacyCentreLinkOpensOnEveryInstanceUntilTheTenantsWindowEnds() {
        moveBothBeyondTheLater(Duration.ofSeconds(1)); // one time on both, so a session idles alike on each
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String mfa = mfaOnMovedClock(tenant);
        changeSettingsOnFirst(mfa, Map.of("privacy", Map.of("centreLinkDays", 1)));
        String customer = ChainInGermanyAndCalifornia.customer(
                mfa, ItBase.store(mfa, "BER", "DE", null), "DE", null, "1980-01-01");
        JsonPath link = on(first)
                .auth()
                .oauth2(mfa)
                .post("/api/v1/customers/" + customer + "/privacy-centre-links")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        // read after issuing: the test clock runs on, so the link's day is at most a day from here
        assertThat(Duration.between(
                        Instant.parse(clock(first).getString("now")), Instant.parse(link.getString("expiresAt"))))
                .as("the tenant's window")
                .isBetween(Duration.ofHours(23), Duration.ofDays(1));
        String url = link.getString("url");
        Map<String, String> token = Map.of("token", url.substring(url.indexOf("#link=") + "#link=".length()));
        String centre = "/privacy/" + tenant.slug() + "/api/";
        String cookie = on(first)
                .body(token)
                .post(centre + "session/link")
                .then()
                .statusCode(200)
                .extract()
                .cookie("custos_centre");
        // the session is a row of the database: the other instance resumes it
        on(second)
                .cookie("custos_centre", cookie)
                .get(centre + "consents")
                .then()
                .statusCode(200);
        on(second).body(token).post(centre + "session/link").then().statusCode(200);

        moveBothBeyondTheLater(Duration.ofDays(1).plusHours(1));
        for (String instance : List.of(first, second)) {
            on(instance)
                    .body(token)
                    .post(centre + "session/link")
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("/privacy-centre-link-expired"));
            on(instance)
                    .cookie("custos_centre", cookie)
                    .get(centre + "consents")
                    .then()
                    .statusCode(401);
        }
    }

    /** Patches the tenant's settings through the first instance, at the version it reads first. */
    private static void changeSettingsOnFirst(String token, Map<String, Object> changes) {
        String etag = on(first)
                .auth()
                .oauth2(token)
                .get("/api/v1/tenant-settings")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        on(first)
                .auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(changes)
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200);
    }

    /** Enrols and signs in the tenant's admin with codes of the first instance's (moved) time. */
    private static String mfaOnMovedClock(Tenants.Onboarded tenant) {
        return signInOnMovedClock(tenant, enrolOnMovedClock(tenant));
    }

    /** Enrols the tenant's admin in TOTP with a code of the first instance's (moved) time; the secret. */
    private static String enrolOnMovedClock(Tenants.Onboarded tenant) {
        String secret = on(first)
                .auth()
                .oauth2(tenant.adminToken())
                .post("/api/v1/me/mfa/totp")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        Instant serverNow = Instant.parse(clock(first).getString("now"));
        on(first)
                .auth()
                .oauth2(tenant.adminToken())
                .body(Map.of("code", Authenticator.codeAt(secret, serverNow)))
                .post("/api/v1/me/mfa/totp/confirm")
                .then()
                .statusCode(200);
        return secret;
    }

    /** Signs the tenant's admin in with a second factor, with codes of the first instance's (moved) time. */
    private static String signInOnMovedClock(Tenants.Onboarded tenant, String secret) {
        Instant serverNow = Instant.parse(clock(first).getString("now"));
        String challenge = on(first)
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("mfaToken");
        return on(first)
                .body(Map.of("mfaToken", challenge, "code", Authenticator.codeAt(secret, serverNow.plusSeconds(30))))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    @Test
    void aQuarterlyCampaignFromTheTenantConfigurationOpensOnceWhenItsQuarterBegins() throws Exception {
        moveBothBeyondTheLater(Duration.ofSeconds(1));
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String mfa = mfaOnMovedClock(tenant);
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        tenant.grantTenantWide(mfa, tenant.createStaff(tenant.adminToken(), "quinn"), readers);
        on(first)
                .auth()
                .oauth2(mfa)
                .contentType("application/yaml")
                .body(("accessReviews:\n  recurring:\n"
                                + "    - {name: Quarterly access, every: QUARTERLY, dueInDays: 14, revokeUnanswered: true}\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body("changes.section", org.hamcrest.Matchers.hasItem("accessReviews"))
                .body("changes.key", org.hamcrest.Matchers.hasItem("Quarterly access"));

        runDueOnBothAtOnce();
        assertThat(campaignsOf(tenant))
                .as("configured within a quarter: nothing before the next one")
                .isEmpty();

        Instant later = latestNow();
        java.time.LocalDate today = later.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        java.time.LocalDate quarterBegins = today.withDayOfMonth(1)
                .withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                .plusMonths(3);
        Instant nextQuarter = quarterBegins.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        moveBothBeyondTheLater(Duration.between(later, nextQuarter).plusHours(1));
        runDueOnBothAtOnce();
        runDueOnBothAtOnce();
        moveBothBeyondTheLater(Duration.ofDays(1)); // later in the same quarter: nothing new
        runDueOnBothAtOnce();

        String name = "Quarterly access " + quarterBegins.getYear() + "-Q" + ((quarterBegins.getMonthValue() + 2) / 3);
        assertThat(campaignsOf(tenant)).as("opened once, by either instance").containsExactly(name);
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement("SELECT r.auto_revoke_unreviewed, r.created_at, r.due_at,"
                        + " (SELECT COUNT(*) FROM identity_access_review_item i WHERE i.review_id = r.id)"
                        + " FROM identity_access_review r WHERE r.tenant_id = ?")) {
            read.setString(1, tenant.id());
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("revokes what nobody answered").isTrue();
                Instant opened = row.getTimestamp(2).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
                assertThat(opened).isBetween(nextQuarter, nextQuarter.plus(Duration.ofHours(2)));
                assertThat(row.getTimestamp(3).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC))
                        .as("due fourteen days after opening")
                        .isBetween(
                                opened.plus(Duration.ofDays(14).minusMinutes(1)),
                                opened.plus(Duration.ofDays(14).plusMinutes(1)));
                assertThat(row.getInt(4)).as("quinn's grant under review").isEqualTo(1);
            }
        }
    }

    private static List<String> campaignsOf(Tenants.Onboarded tenant) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT name FROM identity_access_review WHERE tenant_id = ? ORDER BY name")) {
            read.setString(1, tenant.id());
            List<String> names = new ArrayList<>();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    @Test
    void aSecondFactorOlderThanThePermissionsWindowIsRefusedWithMaxAgeUntilAStepUp() {
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String secret = enrolOnMovedClock(tenant);
        String token = signInOnMovedClock(tenant, secret);
        changeSettingsOnFirst(token, Map.of("mfa", Map.of("freshnessMinutes", Map.of("staff.manage", 10))));
        on(first).auth().oauth2(token).get("/api/v1/staff").then().statusCode(200);

        advance(first, "PT11M"); // the second factor is older than ten minutes; the token (fifteen) still holds
        on(first)
                .auth()
                .oauth2(token)
                .get("/api/v1/staff")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"))
                .body("detail", containsString("within the last 10 minutes"))
                .header(
                        "WWW-Authenticate",
                        org.hamcrest.Matchers.startsWith("Bearer error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", org.hamcrest.Matchers.endsWith(", max_age=600"));
        // what has no window still works in the same session
        on(first).auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        Instant serverNow = Instant.parse(clock(first).getString("now"));
        String steppedUp = on(first)
                .auth()
                .oauth2(token)
                .body(Map.of("code", Authenticator.codeAt(secret, serverNow)))
                .post("/api/v1/auth/step-up")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        on(first).auth().oauth2(steppedUp).get("/api/v1/staff").then().statusCode(200);
    }

    /**
     * Staff contexts are cached across requests, yet a grant's window needs no event to take effect:
     * the grant is not in force just before it starts, holds from its start and ends at its end, on
     * both instances, with both caches warm and nothing else changing (#18).
     */
    @Test
    void aGrantHoldsFromItsStartUntilItsEndOnBothInstancesWithNothingElseChanging() {
        moveBothBeyondTheLater(Duration.ofSeconds(1));
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String secret = enrolOnMovedClock(tenant);
        String mfa = signInOnMovedClock(tenant, secret);
        String customer = ChainInGermanyAndCalifornia.customer(
                mfa, ItBase.store(mfa, "BER", "DE", null), "DE", null, "1980-01-01");
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String ines = tenant.createStaff(tenant.adminToken(), "ines");
        Instant from = latestNow().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant until = from.plus(Duration.ofHours(1));
        on(first)
                .auth()
                .oauth2(mfa)
                .body(GrantsIT.grant(ines, readers, Map.of("type", "TENANT"), from, until))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);

        String token = mfa;
        for (var step : List.of(
                Map.entry(from.minusSeconds(5), false),
                Map.entry(from, true),
                Map.entry(until.minusSeconds(5), true),
                Map.entry(until, false))) {
            moveBothTo(step.getKey());
            if (step.getKey().isBefore(from) || step.getKey().equals(until.minusSeconds(5))) {
                // an hour on, the last token has expired; five seconds on, it holds (and a second
                // sign-in in the same TOTP step would be a replay)
                token = signInOnMovedClock(tenant, secret);
            }
            for (String instance : List.of(first, second)) {
                on(instance)
                        .auth()
                        .oauth2(token)
                        .queryParam("staffId", ines)
                        .queryParam("customerId", customer)
                        .queryParam("action", "customer.read")
                        .get("/api/v1/access/explain")
                        .then()
                        .statusCode(200)
                        .body("gates.find { it.gate == 'grant' }.passed", equalTo(step.getValue()));
            }
        }
    }

    @Test
    void aSegmentCountFollowsEveryChangeOfLawfulnessAndTheDayACustomerComesOfAge() throws Exception {
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String secret = enrolOnMovedClock(tenant);
        String mfa = signInOnMovedClock(tenant, secret);
        LocalDate today = LocalDate.ofInstant(Instant.parse(clock(first).getString("now")), ZoneOffset.UTC);
        String berlin = ItBase.store(mfa, "BER", "DE", null);
        String sanFrancisco = ItBase.store(mfa, "SFO", "US", null);
        String german = ChainInGermanyAndCalifornia.customer(mfa, berlin, "DE", null, "1980-01-01");
        String californian = ChainInGermanyAndCalifornia.customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        // 16, the CCPA pack's consent age, the day after tomorrow
        String teen = ChainInGermanyAndCalifornia.customer(
                mfa,
                sanFrancisco,
                "US",
                "US-CA",
                today.minusYears(16).plusDays(2).toString());
        assertThat(segmentCount(mfa, "MARKETING"))
                .as("opt-out in California, opt-in in Germany, a minor without a guardian's consent")
                .isEqualTo(1);

        consentOnFirst(mfa, german, "MARKETING", "GRANTED");
        assertThat(segmentCount(mfa, "MARKETING")).isEqualTo(2);

        // the German's birth date corrected: a child, whose own consent does not count
        String etag = on(first)
                .auth()
                .oauth2(mfa)
                .get("/api/v1/customers/" + german)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        on(first)
                .auth()
                .oauth2(mfa)
                .header("If-Match", etag)
                .body(Map.of("birthDate", today.minusYears(10).toString()))
                .patch("/api/v1/customers/" + german)
                .then()
                .statusCode(200);
        assertThat(segmentCount(mfa, "MARKETING")).isEqualTo(1);

        consentOnFirst(mfa, californian, "MARKETING", "WITHDRAWN");
        assertThat(segmentCount(mfa, "MARKETING")).isZero();

        // the teen comes of age: no write, the day picks the adult's verdict
        advance(first, "P3D");
        mfa = signInOnMovedClock(tenant, secret);
        assertThat(segmentCount(mfa, "MARKETING")).isEqualTo(1);

        // a purpose of the tenant's own, opt-out where MARKETING is: the two Californian adults
        on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of("code", "NEWSLETTER", "description", "The newsletter", "follows", "MARKETING"))
                .post("/api/v1/purposes")
                .then()
                .statusCode(201);
        assertThat(segmentCount(mfa, "NEWSLETTER")).isEqualTo(2);

        // the tenant makes marketing opt-in in California: its customers are judged again
        on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of("marketingConsent", "OPT_IN"))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(200);
        assertThat(segmentCount(mfa, "MARKETING")).isZero();
        assertThat(segmentCount(mfa, "NEWSLETTER")).isZero();
        advance(first, "PT1M");
        operator(first).post("/api/v1/platform/jobs/run-due").then().statusCode(200);
        try (Connection db = ItEnvironment.database()) {
            assertThat(single(
                            db,
                            "SELECT COUNT(*) FROM consent_subject WHERE tenant_id = ? AND lawful_adult IS NULL",
                            tenant.id()))
                    .as("every customer judged by consent.judge-subjects")
                    .isEqualTo("0");
        }
        assertThat(segmentCount(mfa, "MARKETING")).isZero();
        consentOnFirst(mfa, teen, "MARKETING", "GRANTED");
        assertThat(segmentCount(mfa, "MARKETING")).isEqualTo(1);
        assertThat(segmentCount(mfa, "NEWSLETTER")).isZero();
    }

    private static long segmentCount(String token, String purpose) {
        return on(first)
                .auth()
                .oauth2(token)
                .body(Map.of("purpose", purpose))
                .post("/api/v1/segments/count")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("count");
    }

    private static void consentOnFirst(String token, String customer, String purpose, String state) {
        on(first)
                .auth()
                .oauth2(token)
                .body(Map.of("purpose", purpose, "state", state, "source", "POS"))
                .post("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(201);
    }

    private static String single(Connection db, String sql, String id) throws Exception {
        try (PreparedStatement read = db.prepareStatement(sql)) {
            read.setString(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void aMailTheSmtpServerRefusedIsRetriedAfterItsBackOffAndArrivesOnce() throws Exception {
        Mailbox mailbox = Mailbox.fresh("retried");
        ItEnvironment.mailServer().stop();
        try {
            operator(first)
                    .body(Map.of("to", mailbox.address()))
                    .post("/api/v1/platform/mail-test")
                    .then()
                    .statusCode(202);
            operator(first)
                    .post("/api/v1/platform/jobs/run-due")
                    .then()
                    .statusCode(200)
                    .body("deliveriesFailed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        } finally {
            ItEnvironment.mailServer().start();
        }
        assertThat(outboxStatusOf(mailbox)).isEqualTo("PENDING 1");

        operator(first).post("/api/v1/platform/jobs/run-due").then().statusCode(200);
        assertThat(mailbox.received()).as("not due again before its back-off").isEmpty();

        advance(first, "PT1M");
        operator(first).post("/api/v1/platform/jobs/run-due").then().statusCode(200);
        assertThat(mailbox.awaitReceived(1)).hasSize(1);
        assertThat(outboxStatusOf(mailbox)).isEqualTo("DELIVERED 2");

        advance(first, "PT1H");
        operator(first).post("/api/v1/platform/jobs/run-due").then().statusCode(200);
        assertThat(mailbox.received()).hasSize(1);
    }

    @Test
    void aCourseInItsGraceAllowsUntilItsDueDatePlusTheGraceThenRefusesNamingIt() {
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String mfa = mfaOnMovedClock(tenant);
        TrainingChain chain = TrainingChain.of(tenant, mfa);
        chain.graceAfterDue(10);
        chain.createCourse(TrainingChain.aCourse("GRACE", null));
        assertThat(chain.samReadsTheCustomer())
                .as("assigned today, due in 30 days")
                .isEqualTo(200);

        Map<String, Object> strict = new java.util.HashMap<>(TrainingChain.aCourse("STRICT", null));
        strict.put("graceMode", "BLOCK_AT_ONCE");
        chain.createCourse(strict);
        TrainingChain.as(chain.samToken)
                .get("/api/v1/customers/" + chain.customer)
                .then()
                .statusCode(403)
                .body("gate", equalTo("training"))
                .body("detail", containsString("course STRICT (never acknowledged; due "))
                .body("detail", not(containsString("GRACE")));
        String etag = TrainingChain.as(mfa)
                .get("/api/v1/training/courses/STRICT")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        TrainingChain.as(mfa)
                .header("If-Match", etag)
                .body(Map.of("graceMode", "TENANT_DEFAULT"))
                .patch("/api/v1/training/courses/STRICT")
                .then()
                .statusCode(200)
                .body("graceMode", equalTo("TENANT_DEFAULT"))
                .body("graceDays", nullValue());
        assertThat(chain.samReadsTheCustomer())
                .as("the course follows the tenant's grace again")
                .isEqualTo(200);

        advance(first, "P35D"); // past the due date, inside the 10 days of grace
        TrainingChain.as(Tenants.login(tenant.slug(), "sam", Tenants.ADMIN_PASSWORD))
                .get("/api/v1/customers/" + chain.customer)
                .then()
                .statusCode(200);
        advance(first, "P5DT1H"); // the grace is over
        TrainingChain.as(Tenants.login(tenant.slug(), "sam", Tenants.ADMIN_PASSWORD))
                .get("/api/v1/customers/" + chain.customer)
                .then()
                .statusCode(403)
                .body("gate", equalTo("training"))
                .body("detail", containsString("course GRACE (never acknowledged; due "))
                .body("detail", containsString("; grace ended "));
    }

    /**
     * With the overdue training, a privacy request running past its date: each reaches a webhook
     * endpoint once, though every round announces both again.
     */
    @Test
    void trainingMailsReachStaffAndTheirManagerOnceEachThoughBothInstancesRunTheirRounds() throws Exception {
        moveBothBeyondTheLater(Duration.ofSeconds(1));
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        String mfa = mfaOnMovedClock(tenant);
        // nothing listens there: deliveries are queued and fail, which is all this test looks at
        String endpoint = on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/hook",
                        "eventTypes",
                        List.of("training.overdue", "privacy-request.due")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("endpoint.id");
        String customer = ChainInGermanyAndCalifornia.customer(
                mfa, ItBase.store(mfa, "WHK", "DE", null), "DE", null, "1980-01-01");
        String request = on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of("customerId", customer, "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id"); // due in a month: GDPR Art. 12(3)
        TrainingChain chain = TrainingChain.of(tenant, mfa);
        String adminId = TrainingChain.as(mfa)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String etag = TrainingChain.as(mfa)
                .get("/api/v1/staff/" + chain.sam)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        TrainingChain.as(mfa)
                .header("If-Match", etag)
                .body(Map.of("managerId", adminId))
                .patch("/api/v1/staff/" + chain.sam)
                .then()
                .statusCode(200);
        Mailbox sam = Mailbox.of("sam@" + tenant.slug() + ".example");
        Mailbox manager = Mailbox.of("admin@" + tenant.slug() + ".example");
        String course = "Data privacy basics REMIND";

        chain.createCourse(TrainingChain.aCourse("REMIND", null)); // assigned now, due in 30 days
        runDueOnBothAtOnce();
        assertThat(subjects(sam.awaitReceived(1))).containsExactly("Training assigned: " + course);

        moveBothBeyondTheLater(Duration.ofDays(24)); // due in about six days: inside the seven reminder days
        runDueOnBothAtOnce();
        assertThat(subjects(sam.awaitReceived(2)))
                .containsExactly("Training assigned: " + course, "Training due soon: " + course);

        moveBothBeyondTheLater(Duration.ofDays(7)); // a day past the due date, and past a 07:00 UTC digest
        runDueOnBothAtOnce();
        assertThat(subjects(sam.awaitReceived(3)))
                .containsExactly(
                        "Training assigned: " + course, "Training due soon: " + course, "Training overdue: " + course);
        List<MimeMessage> digests = manager.awaitReceived(1).stream()
                .filter(m -> subject(m).startsWith("Overdue training"))
                .toList();
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getContent().toString())
                .contains("Training of people you look after is overdue")
                .contains("- sam: " + course + " (REMIND), due ");

        List<String> announced = webhookMessages(endpoint);
        assertThat(announced)
                .filteredOn(m -> m.contains("\"type\":\"privacy-request.due\""))
                .hasSize(1);
        assertThat(announced)
                .anySatisfy(m -> assertThat(m)
                        .contains("\"type\":\"training.overdue\"")
                        .contains("\"staffId\":\"" + chain.sam + "\"")
                        .contains("\"courseCode\":\"REMIND\""))
                .anySatisfy(m -> assertThat(m)
                        .contains("\"type\":\"privacy-request.due\"")
                        .contains("\"requestId\":\"" + request + "\"")
                        .contains("\"overdue\":true"));

        moveBothBeyondTheLater(Duration.ofHours(1));
        runDueOnBothAtOnce();
        assertThat(sam.awaitReceived(4)).as("each event mailed once").hasSize(3);
        assertThat(webhookMessages(endpoint)).as("each announced once").isEqualTo(announced);
    }

    /** Rows as a started sign-in leaves them (SsoIT starts real ones); only the ended one goes. */
    @Test
    void signInsNeverFinishedAreForgottenOnceTheirTenMinutesAreOver() throws Exception {
        RestAssured.baseURI = first;
        var tenant = new Tenants().onboard();
        Instant serverNow = Instant.parse(clock(first).getString("now"));
        String provider = java.util.UUID.randomUUID().toString();
        String abandoned = "a".repeat(32) + provider.replace("-", "");
        String underWay = "b".repeat(32) + provider.replace("-", "");
        try (Connection db = ItEnvironment.database()) {
            try (PreparedStatement insert =
                    db.prepareStatement("INSERT INTO identity_sso_provider (tenant_id, id, name,"
                            + " issuer, client_id, client_secret, scopes, match_by, create_staff, trusted_acr, trusted_amr,"
                            + " created_at) VALUES (?, ?, 'IdP', 'https://idp.example', 'custos', 'sealed', 'openid', 'SUB',"
                            + " FALSE, '', '', NOW())")) {
                insert.setString(1, tenant.id());
                insert.setString(2, provider);
                insert.executeUpdate();
            }
            for (var attempt : Map.of(
                            abandoned,
                            serverNow.plus(Duration.ofMinutes(10)),
                            underWay,
                            serverNow.plus(Duration.ofDays(3)))
                    .entrySet()) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO identity_sso_attempt (tenant_id, id,"
                        + " provider_id, nonce, code_verifier, browser_hash, expires_at) VALUES (?, ?, ?, 'n', 'v',"
                        + " REPEAT('c', 64), ?)")) {
                    insert.setString(1, tenant.id());
                    insert.setString(2, attempt.getKey());
                    insert.setString(3, provider);
                    insert.setObject(
                            4, java.time.LocalDateTime.ofInstant(attempt.getValue(), java.time.ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
        }

        moveBothBeyondTheLater(Duration.ofHours(2));
        runDueOnBothAtOnce();

        try (Connection db = ItEnvironment.database()) {
            assertThat(single(db, "SELECT COUNT(*) FROM identity_sso_attempt WHERE id = ?", abandoned))
                    .isEqualTo("0");
            assertThat(single(db, "SELECT COUNT(*) FROM identity_sso_attempt WHERE id = ?", underWay))
                    .isEqualTo("1");
        }
    }

    private static List<String> webhookMessages(String endpoint) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT payload FROM webhooks_delivery WHERE endpoint_id = ? ORDER BY event_type, id")) {
            read.setString(1, endpoint);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        }
        return payloads;
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(ClockAndJobsIT::subject).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void productionModeRefusesToStartWithTheTestClock() throws Exception {
        CustosProcess refused = CustosProcess.start(
                "clock-in-production", Map.of("CUSTOS_MODE", "production", "CUSTOS_TEST_CLOCK", "enabled"));
        assertThat(refused.awaitExit()).isEqualTo(2);
        assertThat(refused.log()).contains("CUSTOS_TEST_CLOCK must be disabled in production mode");
    }

    /** Moves both clocks to {@code beyond} past the later of the two; answers the later time before the move. */
    private static Instant moveBothBeyondTheLater(Duration beyond) {
        Instant later = latestNow();
        for (String instance : List.of(first, second)) {
            Instant now = Instant.parse(clock(instance).getString("now"));
            advance(instance, Duration.between(now, later).plus(beyond).toString());
        }
        return later;
    }

    /** Moves both clocks to {@code at} (neither may be past it). */
    private static void moveBothTo(Instant at) {
        for (String instance : List.of(first, second)) {
            Instant now = Instant.parse(clock(instance).getString("now"));
            advance(instance, Duration.between(now, at).toString());
        }
    }

    /** A round of due work on both instances at the same time; answers the runs both reported. */
    private static List<Map<String, Object>> runDueOnBothAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Map<String, Object>> ran = new ArrayList<>();
        try {
            List<Future<List<Map<String, Object>>>> rounds = new ArrayList<>();
            for (String instance : List.of(first, second)) {
                Callable<List<Map<String, Object>>> round = () -> operator(instance)
                        .post("/api/v1/platform/jobs/run-due")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("ran");
                rounds.add(pool.submit(round));
            }
            for (Future<List<Map<String, Object>>> round : rounds) {
                ran.addAll(round.get(3, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        return ran;
    }

    private static Instant latestNow() {
        Instant a = Instant.parse(clock(first).getString("now"));
        Instant b = Instant.parse(clock(second).getString("now"));
        return a.isAfter(b) ? a : b;
    }

    private static JsonPath clock(String instance) {
        return operator(instance)
                .get("/api/v1/platform/clock")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath advance(String instance, String by) {
        return operator(instance)
                .body(Map.of("advance", by))
                .post("/api/v1/platform/clock")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static int attemptsOf(String job, Instant dueAt) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT attempts FROM platform_job_run WHERE job = ? AND tenant_id = '' AND due_at = ?")) {
            read.setString(1, job);
            read.setObject(2, java.time.LocalDateTime.ofInstant(dueAt, java.time.ZoneOffset.UTC));
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next())
                        .as("a claimed row for " + job + " at " + dueAt)
                        .isTrue();
                return row.getInt(1);
            }
        }
    }

    private static String outboxStatusOf(Mailbox mailbox) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read =
                        db.prepareStatement("SELECT status, attempts FROM platform_outbox WHERE payload LIKE ?")) {
            read.setString(1, "%" + mailbox.address() + "%");
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).as("the mail's outbox entry").isTrue();
                String status = row.getString(1) + " " + row.getInt(2);
                assertThat(row.next()).as("one outbox entry for the mail").isFalse();
                return status;
            }
        }
    }

    private static RequestSpecification operator(String base) {
        return on(base).auth().oauth2(ItEnvironment.OPERATOR_TOKEN);
    }

    private static RequestSpecification on(String base) {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
