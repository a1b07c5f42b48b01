package io.custos.it;

import static io.custos.it.ConsoleBrowser.accessibleScreen;
import static io.custos.it.ConsoleBrowser.await;
import static io.custos.it.ConsoleBrowser.awaitDownload;
import static io.custos.it.ConsoleBrowser.awaitGone;
import static io.custos.it.ConsoleBrowser.awaitText;
import static io.custos.it.ConsoleBrowser.go;
import static io.custos.it.ConsoleBrowser.settled;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser against the shared server: what a tenant admin or privacy officer
 * does, click by click, with axe-core on every screen while it shows data and a screenshot of each.
 */
class ConsoleIT extends ItBase {

    private WebDriver browser;
    private String origin;

    @BeforeEach
    void freshBrowserSession() {
        browser = ConsoleBrowser.driver();
        origin = "http://127.0.0.1:" + base.getPort();
        browser.get(origin + "/console/signin");
        // WebDriver deletes only the cookies of the page's path: the refresh cookie lives under
        // /api/v1/auth, and would sign the next test in as the last one's user.
        ConsoleBrowser.driver().executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    @Test
    void aStaffMemberWhosePasswordAnAdminResetChoosesTheirOwnBeforeAnythingElse() {
        Tenants.Onboarded chain = tenants.onboard();
        String admin = chain.adminMfaToken();
        String clerk = chain.createStaff(admin, "clerk");
        String temporary = as(admin)
                .body(Map.of("reason", "forgotten at the till"))
                .post("/api/v1/staff/" + clerk + "/password-reset")
                .then()
                .statusCode(200)
                .extract()
                .path("temporaryPassword");

        browser.get(origin + "/console/signin");
        signIn(chain.slug(), "clerk", temporary);
        await("[data-test=password-change]");
        accessibleScreen("password-change");
        String chosen = "a-till-roll-of-my-own-2026";
        type("input[name=newPassword]", chosen);
        type("input[name=repeatPassword]", chosen + "!");
        browser.findElement(By.cssSelector("[data-test=password-change] button[type=submit]"))
                .click();
        awaitText("[data-test=password-change] .field-error", "The two passwords differ.");

        type("input[name=repeatPassword]", chosen);
        browser.findElement(By.cssSelector("[data-test=password-change] button[type=submit]"))
                .click();
        await("#mfa-start"); // in: the console goes on as after any sign-in
        anonymous()
                .body(Map.of("tenant", chain.slug(), "username", "clerk", "password", chosen))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("passwordChangeRequired", org.hamcrest.Matchers.nullValue());
        anonymous()
                .body(Map.of("tenant", chain.slug(), "username", "clerk", "password", temporary))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
    }

    @Test
    void anAdminEnrolsASecondFactorWithTheQrCodeAndSignsInWithIt() {
        Tenants.Onboarded chain = tenants.onboard();
        browser.get(origin + "/console/");
        await("input[name=tenant]");
        accessibleScreen("signin");
        signInWithPassword(chain);

        // Without a second factor sensitive screens are refused by the mfa gate, and say what to do.
        await("#mfa-start");
        go("/audit");
        WebElement refused = await(".problem[data-gate=mfa]");
        assertThat(refused.getText()).contains("Second factor").contains("Confirm with your second factor");
        assertThat(browser.findElement(By.cssSelector("[data-test=step-up]")).isDisplayed())
                .as("no step-up offered before a factor is enrolled")
                .isFalse();
        accessibleScreen("refused-mfa");

        // The console asks for one: a QR code of the otpauth:// URI.
        go("/mfa");
        await("#mfa-start").click();
        WebElement secret = await("[data-test=totp-secret]");
        await(".qr img, .qr canvas");
        assertThat(
                        (Boolean)
                                js().executeScript(
                                                "const i = document.querySelector('.qr img'); return i !== null && i.src.startsWith('data:image/png')"))
                .as("the QR code is drawn")
                .isTrue();
        accessibleScreen("mfa-enrolment");
        String base32 = secret.getText().trim();
        type("input[name=code]", Authenticator.code(base32, 0));
        browser.findElement(By.cssSelector(".card form button[type=submit]")).click();
        await("[data-test=recovery-codes]");
        List<WebElement> codes = browser.findElements(By.cssSelector("[data-test=recovery-codes] li"));
        assertThat(codes).isNotEmpty();
        accessibleScreen("mfa-recovery-codes");

        // This session began with the password alone: the audit trail is still refused, and the
        // refusal now offers to step up in place (POST /api/v1/auth/step-up), here with a recovery code.
        String recoveryCode = codes.get(0).getText().trim();
        go("/audit");
        await(".problem[data-gate=mfa] [data-test=step-up]");
        accessibleScreen("refused-mfa-step-up");
        type("[data-test=step-up] input[name=code]", recoveryCode);
        browser.findElement(By.cssSelector("[data-test=step-up] button[type=submit]"))
                .click();
        await("#audit-verify");
        awaitText(".user", "Second factor");

        // Sign in again: password, then the code of the next step.
        await("#signout").click();
        signInWithPassword(chain);
        await("input[name=code]");
        accessibleScreen("signin-totp");
        type("input[name=code]", Authenticator.code(base32, 1));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitText(".user", "Second factor");
        assertThat(browser.getCurrentUrl()).endsWith("/console/");
        assertThat((String) js().executeScript("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage)"))
                .as("the token is kept in memory only")
                .isEqualTo("{}{}");

        // A reload drops the in-memory token: the refresh cookie restores the session where the
        // server offers /auth/refresh, otherwise the console asks to sign in again.
        boolean refreshOffered = refreshOffered();
        browser.navigate().refresh();
        if (refreshOffered) {
            await("nav.sidebar");
            // the header says who, as GET /api/v1/me answers, not a bare "Signed in"
            awaitText("[data-test=user-name]", "admin");
            awaitText(".user", "Second factor");
        } else {
            await("input[name=tenant]");
        }
    }

    @Test
    void anAdminGrantsARoleOverAStoreAndRevokesItWithAReason() {
        Tenants.Onboarded chain = tenants.onboard();
        String mfa = signInWithTotp(chain);
        String berlin = store(mfa, "BER", "DE", null);
        String lena = chain.createStaff(mfa, "lena");
        String mara = chain.createStaff(mfa, "mara");

        go("/staff");
        await("a[href='/console/staff/" + lena + "']");
        await("a[href='/console/staff/" + mara + "']");
        accessibleScreen("staff");
        // the server searches (GET /api/v1/staff?q=LEN)
        type("#staff-search", "LEN");
        awaitGone("a[href='/console/staff/" + mara + "']");
        await("a[href='/console/staff/" + lena + "']").click();
        await("#grant-role");
        settled();
        new Select(browser.findElement(By.id("grant-role"))).selectByVisibleText("SALES_ASSOCIATE");
        new Select(browser.findElement(By.id("grant-scope"))).selectByValue("STORE");
        new Select(browser.findElement(By.name("scope.id"))).selectByValue(berlin);
        type("#grant-reason", "Covers the Berlin counter");
        browser.findElement(By.id("grant-submit")).click();
        WebElement revoke = await("[data-revoke]");
        awaitText(".card table", "Covers the Berlin counter");
        accessibleScreen("staff-person");
        String grant = revoke.getAttribute("data-revoke");
        as(mfa).get("/api/v1/grants/" + grant).then().statusCode(200);

        revoke.click();
        type("textarea[name=reason]", "Moved to Paris");
        await("#revoke-submit").click();
        awaitText(".card table", "Revoked");
        as(mfa).get("/api/v1/grants/" + grant).then().body("status", org.hamcrest.Matchers.equalTo("REVOKED"));

        // Suspended from the same page: the account is refused from the next request on.
        await("#staff-suspend").click();
        await("dialog #confirm").click();
        awaitText(".page-header", "Suspended");
        as(mfa).get("/api/v1/staff/" + lena).then().body("status", org.hamcrest.Matchers.equalTo("SUSPENDED"));
    }

    @Test
    void aRefusedCustomerReadIsShownWithItsGateAndExplainedGateByGate() {
        Tenants.Onboarded chain = tenants.onboard();
        String mfa = signInWithTotp(chain);
        String berlin = store(mfa, "BER", "DE", null);
        String shanghai = store(mfa, "SHA", "CN", null);
        String inBerlin = customer(mfa, berlin, "DE", "Lopez");
        as(mfa).body(Map.of("purpose", "MARKETING", "state", "GRANTED", "source", "POS"))
                .post("/api/v1/customers/" + inBerlin + "/consents")
                .then()
                .statusCode(201);
        String inShanghai = customer(mfa, shanghai, "CN", "Wang");

        go("/customers");
        awaitText(".card table", "Lopez");
        accessibleScreen("customers");
        await("a[href='/console/customers/" + inBerlin + "']").click();
        awaitText(".card table", "MARKETING");
        awaitText(".paged table", "customer.read");
        accessibleScreen("customer");

        // The admin's headquarters are in Germany: Chinese data stays in China.
        go("/customers/" + inShanghai);
        WebElement refused = await("[data-test=refused] .problem");
        assertThat(refused.getAttribute("data-gate")).isEqualTo("residency");
        assertThat(refused.getText()).contains("Data residency");
        accessibleScreen("customer-refused");

        await("#explain-refusal").click();
        WebElement decision = await("[data-test=decision]");
        assertThat(decision.getAttribute("data-allowed")).isEqualTo("false");
        assertThat(browser.findElements(By.cssSelector(".gate[data-gate]"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(await(".gate-fail[data-gate=residency]").getText()).contains("Data residency");
        accessibleScreen("explain");

        // Home's recent refusals: the newest page of DENY entries (GET /api/v1/audit?order=desc)
        go("/");
        awaitText("[data-test=refusals] table", "customer.read");
        awaitText("[data-test=refusals] table", "Data residency");
    }

    @Test
    void thePrivacyQueueShowsDaysLeftAndOverdueRequestsInRed() throws Exception {
        Tenants.Onboarded chain = tenants.onboard();
        String mfa = signInWithTotp(chain);
        String berlin = store(mfa, "BER", "DE", null);
        String customer = customer(mfa, berlin, "DE", "Schmidt");
        // A letter received 33 days ago, logged today: Germany's 30-day clock ran out 3 days ago.
        String late = as(mfa).body(Map.of(
                        "customerId",
                        customer,
                        "type",
                        "ACCESS",
                        "receivedAt",
                        Instant.now().minus(Duration.ofDays(33)).toString()))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        privacyRequest(mfa, customer, "ERASURE");

        go("/privacy");
        WebElement overdue = await("tr.row-overdue [data-test=clock-overdue]");
        assertThat(overdue.getText()).contains("overdue by 3 days");
        assertThat(overdue.getCssValue("background-color")).isEqualTo("rgba(161, 35, 27, 1)");
        assertThat(await("[data-test=clock]").getText()).containsPattern("\\d+ days left");
        accessibleScreen("privacy-requests");

        // access is handed over only to a requester whose identity was checked
        await("[data-verify='" + late + "']").click();
        await("dialog form button[type=submit]").click();
        awaitGone("[data-verify='" + late + "']");
        as(mfa).get("/api/v1/privacy-requests/" + late)
                .then()
                .body("identityVerification.result", org.hamcrest.Matchers.equalTo("VERIFIED"))
                .body("identityVerification.method", org.hamcrest.Matchers.equalTo("ID_DOCUMENT"));
        await("[data-fulfil='" + late + "']").click();
        await("dialog form button[type=submit]").click();
        awaitText("dialog", "Fulfilled");
        accessibleScreen("privacy-fulfilled");
        await("dialog [data-test=download-bundle]").click();
        Map<String, String> archive =
                PrivacyRequestsIT.unzipped(Files.readAllBytes(awaitDownload("access-request-" + late + ".zip")));
        assertThat(JsonPath.from(archive.get("bundle.json")).getString("customer.familyName"))
                .isEqualTo("Schmidt");
    }

    @Test
    void theAuditChainIsVerifiedAndSearchedFromTheConsole() throws Exception {
        Tenants.Onboarded chain = tenants.onboard();
        signInWithTotp(chain);
        go("/audit");
        awaitText(".card table", "tenant.onboard");
        await("#audit-verify").click();
        WebElement verified = await("[data-test=verify-result]");
        assertThat(verified.getAttribute("data-valid")).isEqualTo("true");
        assertThat(verified.getText()).contains("The chain is intact.");
        accessibleScreen("audit");
        String exported = (String) js().executeScript("return new Date().toISOString().slice(0, 10)");
        await("#audit-export-csv").click();
        List<String> csv = Files.readAllLines(awaitDownload("audit-" + exported + ".csv"));
        assertThat(csv.get(0)).startsWith("seq,at,actorId,action");
        assertThat(csv).anyMatch(line -> line.contains("tenant.onboard"));

        // Newest first by default (GET /api/v1/audit?order=desc); oldest first on request.
        assertThat(new Select(browser.findElement(By.id("audit-order")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Newest first");
        List<Long> newestFirst = shownSeqs();
        assertThat(newestFirst).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        new Select(browser.findElement(By.id("audit-order"))).selectByValue("asc");
        browser.findElement(By.id("audit-search")).click();
        settled();
        List<Long> oldestFirst = shownSeqs();
        assertThat(oldestFirst).hasSizeGreaterThan(1).isSorted();
        assertThat(oldestFirst.get(0)).isLessThan(newestFirst.get(0));
        assertThat(browser.findElement(By.cssSelector(".paged")).getText()).contains("tenant.onboard");
        new Select(browser.findElement(By.id("audit-order"))).selectByValue("desc");

        new Select(browser.findElement(By.id("audit-decision"))).selectByValue("DENY");
        browser.findElement(By.id("audit-search")).click();
        settled();
        assertThat(browser.findElement(By.cssSelector(".paged")).getText()).doesNotContain("tenant.onboard");
    }

    @Test
    void homeDrawsTrainingCompletionByStoreAndShowsTheReviewAndBreakGlassInProgress() {
        Tenants.Onboarded chain = tenants.onboard();
        String mfa = signInWithTotp(chain);
        String europe = as(mfa).body(Map.of("code", "EUROPE", "name", "Europe"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String berlin = store(mfa, "BER", "DE", europe);
        String paris = store(mfa, "PAR", "FR", europe);
        java.util.List<String> people = new java.util.ArrayList<>();
        for (String[] person : new String[][] {{"lena", berlin}, {"camille", paris}}) {
            String id = chain.createStaff(mfa, person[0]);
            String etag = as(mfa).get("/api/v1/staff/" + id).header("ETag");
            as(mfa).header("If-Match", etag)
                    .body(Map.of("homeStoreId", person[1]))
                    .patch("/api/v1/staff/" + id)
                    .then()
                    .statusCode(200);
            as(mfa).body(Map.of(
                            "staffId",
                            id,
                            "roleId",
                            role(mfa, "SALES_ASSOCIATE"),
                            "scope",
                            Map.of("type", "STORE", "id", person[1]),
                            "reason",
                            "counter"))
                    .post("/api/v1/grants")
                    .then()
                    .statusCode(201);
            people.add(person[0]);
        }
        as(mfa).body(TrainingIT.aCourse("GDPR-BASICS"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201);
        // Lena in Berlin completes the course; Camille in Paris has not yet.
        as(Tenants.login(chain.slug(), people.get(0), Tenants.ADMIN_PASSWORD))
                .header("User-Agent", "ConsoleIT/1.0")
                .body(Map.of("version", "2026.1"))
                .post("/api/v1/me/training/GDPR-BASICS/acknowledge")
                .then()
                .statusCode(201);
        String review = as(mfa).body(Map.of("name", "Quarterly review", "autoRevokeUnreviewed", false))
                .post("/api/v1/access-reviews")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as(mfa).body(Map.of("storeId", berlin, "reason", "Flood in the stockroom", "hours", 1))
                .post("/api/v1/break-glass")
                .then()
                .statusCode(201);

        go("/");
        WebElement chart = await("[data-test=training-store] .chart[data-drawn=true]");
        assertThat(chart.findElements(By.cssSelector("canvas"))).isNotEmpty();
        assertThat((Long) js().executeScript(
                                "const c = arguments[0].querySelector('canvas'); return c.width * c.height", chart))
                .isPositive();
        awaitText("[data-test=training-store] table", "BER");
        awaitText("[data-test=training-store] table", "100");
        awaitText("[data-test=training-region] table", "EUROPE");
        awaitText("main", "Quarterly review");
        awaitText("[data-test=break-glass]", "Flood in the stockroom");
        awaitText("[data-test=break-glass]", "BER");
        await("[data-test=chain-status]");
        accessibleScreen("home");

        go("/reviews");
        awaitText(".card table", "Quarterly review");
        // The items routed to the admin (nobody manages these people) wait in "Assigned to me".
        await("[data-my-keep]");
        accessibleScreen("access-reviews");
        go("/reviews/" + review);
        awaitText("main table", "SALES_ASSOCIATE");
        awaitText("main table", "Store: Store BER");
        await("[data-keep]").click();
        await("[data-keep][aria-pressed=true]");
        settled();
        await("#review-close").click();
        await("[data-test=outcome]");
        accessibleScreen("access-review");
    }

    @Test
    void theTrainingReportDrawsMonthlyRatesAndDownloadsThemAsCsv() throws Exception {
        Tenants.Onboarded chain = tenants.onboard();
        String mfa = signInWithTotp(chain);
        String berlin = store(mfa, "BER", "DE", null);
        String lena = chain.createStaff(mfa, "lena");
        String etag = as(mfa).get("/api/v1/staff/" + lena).header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("homeStoreId", berlin))
                .patch("/api/v1/staff/" + lena)
                .then()
                .statusCode(200);
        as(mfa).body(Map.of(
                        "staffId",
                        lena,
                        "roleId",
                        role(mfa, "SALES_ASSOCIATE"),
                        "scope",
                        Map.of("type", "STORE", "id", berlin),
                        "reason",
                        "counter"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);
        as(mfa).body(TrainingIT.aCourse("GDPR-BASICS"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201);

        go("/");
        await("#home-monthly-report").click();
        settled();
        WebElement chart = await("[data-test=report-completion] svg[role=img]");
        assertThat(chart.findElements(By.cssSelector("circle"))).isNotEmpty();
        assertThat(chart.getAttribute("aria-labelledby")).isNotBlank();
        awaitText("[data-test=report-completion] .trend-legend", "BER");
        awaitText("main table", "BER");
        accessibleScreen("training-report");

        await("#report-csv").click();
        List<String> csv = Files.readAllLines(awaitDownload("training-store-monthly.csv"));
        assertThat(csv.get(0))
                .isEqualTo("month,groupBy,groupId,groupCode,assigned,completed,overdue,completionRate,overdueRate");
        String thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        assertThat(csv).contains(thisMonth + ",store,\"" + berlin + "\",\"BER\",1,0,0,0.0000,0.0000");

        new Select(browser.findElement(By.id("report-group-by"))).selectByValue("course");
        awaitText("main table", "GDPR-BASICS");
        awaitText("[data-test=report-overdue] .trend-legend", "GDPR-BASICS");
    }

    @Test
    void rolesMarkSensitivePermissionsAndAStaleEditIsExplained() {
        Tenants.Onboarded chain = tenants.onboard();
        String mfa = signInWithTotp(chain);
        String role = chain.createRole(mfa, "COUNTER", "customer.read");
        go("/roles");
        awaitText(".card table", "COUNTER");
        accessibleScreen("roles");

        go("/roles/" + role);
        await("#role-save");
        accessibleScreen("role");
        // Someone else changes the role meanwhile: saving ours is refused with 412, and said so.
        String etag = as(mfa).get("/api/v1/roles/" + role).header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("name", "COUNTER", "permissions", List.of("customer.read", "consent.read")))
                .put("/api/v1/roles/" + role)
                .then()
                .statusCode(200);
        browser.findElement(By.id("role-save")).click();
        WebElement problem = await(".problem[data-status='412']");
        assertThat(problem.getText()).contains("Someone changed this since you opened it");
        await("#role-reload");

        store(mfa, "BER", "DE", null);
        as(mfa).body(Map.of("dsarResponseDays", 20))
                .put("/api/v1/rule-packs/EU/overrides")
                .then()
                .statusCode(200);
        go("/markets");
        awaitText("[data-test=pack]", "GDPR");
        // The override is highlighted in words, with the law's own figure beside the one in force.
        WebElement lawValue = await("[data-test=law-value][data-field=dsarResponseDays]");
        assertThat(lawValue.getText()).isEqualTo("law: 30");
        WebElement row = lawValue.findElement(By.xpath("ancestor::tr"));
        assertThat(row.getAttribute("class")).contains("row-override");
        assertThat(row.getText()).contains("20").contains("tightened").contains("law: 30");
        assertThat(browser.findElements(By.cssSelector("[data-test=law-value]")))
                .hasSize(1);
        accessibleScreen("markets");

        // A tenant-config YAML: a broken one is refused naming its line, a good one planned, then applied.
        type("textarea[name=yaml]", "stores:\n  - {code: BAD-1, name: Broken, country: XX}\n");
        browser.findElement(By.id("config-plan")).click();
        awaitText(".form-problem .problem", "line 2");
        type("textarea[name=yaml]", "regions:\n  - {code: NORTH, name: North}\n");
        browser.findElement(By.id("config-plan")).click();
        awaitText("[data-test=plan]", "NORTH");
        accessibleScreen("markets-plan");
        as(mfa).get("/api/v1/regions").then().body("items", org.hamcrest.Matchers.hasSize(0));
        await("#config-apply").click();
        await("[data-test=applied]");
        as(mfa).get("/api/v1/regions").then().body("items.code", org.hamcrest.Matchers.contains("NORTH"));
    }

    @Test
    void theConsoleSpeaksGermanWhenSwitched() {
        Tenants.Onboarded chain = tenants.onboard();
        signInWithTotp(chain);
        go("/staff");
        new Select(await("#language")).selectByValue("de");
        awaitText("nav.sidebar", "Mitarbeitende");
        awaitText(".page-title", "Mitarbeitende");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        accessibleScreen("staff-german");
        new Select(await("#language")).selectByValue("en");
        awaitText("nav.sidebar", "Staff");

        // Signing out forgets the token: the next screen asks to sign in.
        await("#signout").click();
        await("input[name=tenant]");
        go("/staff");
        await("input[name=tenant]");
    }

    /**
     * The session contract of POST /api/v1/auth/refresh, played by the page's fetch: a 401 is answered
     * by one refresh and one retry with the new token; a refused refresh sends the user to sign in.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aRefusedTokenIsRefreshedOnceAndTheCallRetriedAndARefusedRefreshAsksToSignIn() {
        Tenants.Onboarded chain = tenants.onboard();
        String fresh = signInWithTotp(chain);
        js().executeScript(
                        "const real = window.fetch, fresh = arguments[0];"
                                + "window.__calls = {refresh: 0, staff: 0, staffTokens: []}; window.__refreshAnswer = 200;"
                                + "window.fetch = (url, options) => {"
                                + "  const u = String(url);"
                                + "  if (u.endsWith('/api/v1/auth/refresh')) {"
                                + "    window.__calls.refresh++;"
                                + "    return Promise.resolve(window.__refreshAnswer === 200"
                                + "      ? new Response(JSON.stringify({accessToken: fresh, expiresIn: 900}),"
                                + "          {status: 200, headers: {'Content-Type': 'application/json'}})"
                                + "      : new Response(JSON.stringify({type: 'about:blank', title: 'Unauthorized', status: 401}),"
                                + "          {status: 401, headers: {'Content-Type': 'application/problem+json'}}));"
                                + "  }"
                                + "  if (u.includes('/api/v1/staff')) {"
                                + "    window.__calls.staff++;"
                                + "    window.__calls.staffTokens.push(options.headers.Authorization);"
                                + "    if (window.__calls.staff === 1 || window.__refreshAnswer !== 200) {"
                                + "      return Promise.resolve(new Response(JSON.stringify({type: 'about:blank', title: 'Unauthorized',"
                                + "          status: 401}), {status: 401, headers: {'Content-Type': 'application/problem+json'}}));"
                                + "    }"
                                + "  }"
                                + "  return real(url, options);"
                                + "};",
                        fresh);
        go("/staff");
        awaitText(".card table", "admin");
        assertThat(((Number) js().executeScript("return window.__calls.refresh")).intValue())
                .isEqualTo(1);
        assertThat((List<Object>) js().executeScript("return window.__calls.staffTokens"))
                .as("the retry carries the refreshed token")
                .endsWith("Bearer " + fresh);

        js().executeScript("window.__refreshAnswer = 401; window.__calls.staff = 0;");
        go("/staff");
        await("input[name=tenant]");
        assertThat(browser.getCurrentUrl()).endsWith("/console/signin");
    }

    @Test
    void theConsoleFitsATabletScreen() {
        Tenants.Onboarded chain = tenants.onboard();
        String mfa = signInWithTotp(chain);
        chain.createStaff(mfa, "lena");
        browser.manage().window().setSize(new Dimension(800, 1000));
        try {
            go("/staff");
            awaitText(".card table", "lena");
            assertThat((Boolean) js().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at tablet width")
                    .isTrue();
            accessibleScreen("staff-tablet");
            go("/");
            await("[data-test=chain-status]");
            accessibleScreen("home-tablet");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * An employee without any admin permission: only their portal, a customer read refused by the
     * training gate until they have read the course, failed its quiz once, passed it and
     * acknowledged; then the same read is allowed, and the certificate names course and version.
     */
    @Test
    void anEmployeeReadsFailsPassesAcknowledgesAndTheGateOpensForTheRefusedCustomerRead() {
        TrainingChain chain = TrainingChain.onboard(tenants);
        Map<String, Object> course = new java.util.HashMap<>(TrainingChain.aCourse("GDPR-PORTAL", portalQuiz()));
        course.put("statement", "I keep customer data to what my work needs.");
        course.put(
                "sections",
                List.of(
                        Map.of("heading", "Why it matters", "body", "Customers **trust** us with their data."),
                        Map.of(
                                "heading",
                                "What you may do",
                                "format",
                                "HTML",
                                "body",
                                "<p>Read only what you need.</p><script>document.title='owned'</script>"
                                        + "<img src=x onerror=\"document.title='owned'\">")));
        chain.createCourse(course);

        signIn(chain.tenant.slug(), "sam", Tenants.ADMIN_PASSWORD);
        await("nav.sidebar");
        go("/");
        awaitText("[data-test=my-courses] table", "GDPR-PORTAL");
        assertThat(browser.findElements(By.cssSelector("nav.sidebar [data-nav]")).stream()
                        .map(a -> a.getAttribute("data-nav"))
                        .toList())
                .as(
                        "an employee is offered their portal and the customers they may read, nothing that would be refused")
                .containsExactly("home", "training", "access", "customers");
        assertThat(browser.findElements(By.cssSelector("main .problem"))).isEmpty();
        accessibleScreen("portal-home");

        go("/customers/" + chain.customer);
        WebElement refused = await("[data-test=refused] .problem[data-gate=training]");
        assertThat(refused.getAttribute("data-status")).isEqualTo("403");
        assertThat(refused.getText()).contains("GDPR-PORTAL");

        go("/access");
        await("[data-test=permissions] [data-state=blocked]");
        awaitText("[data-test=attention] table", "Data privacy basics GDPR-PORTAL");
        awaitText("[data-test=attention] table", "customer.read");
        accessibleScreen("my-access");

        go("/training");
        await("a[data-course=GDPR-PORTAL]").click();
        awaitText("[data-test=material]", "Why it matters");
        assertThat(await("[data-test=material]").getText()).contains("trust").contains("Read only what you need.");
        assertThat(browser.findElements(By.cssSelector("[data-test=material] script, [data-test=material] [onerror]")))
                .isEmpty();
        assertThat(browser.getTitle()).doesNotContain("owned");
        assertThat(await("#acknowledge").isEnabled())
                .as("acknowledging waits for a passed quiz")
                .isFalse();

        // Fails once: the server scores and says which questions were wrong.
        await("#quiz-start").click();
        choose("q1b", "q2c");
        await("#quiz-submit").click();
        await("[data-test=quiz-result][data-passed=false]");
        assertThat(await("[data-test=quiz-result] [data-question=q1]").getAttribute("data-correct"))
                .isEqualTo("false");
        assertThat(await("[data-test=quiz-result] [data-question=q2]").getAttribute("data-correct"))
                .isEqualTo("false");
        assertThat(await("#acknowledge").isEnabled()).isFalse();
        accessibleScreen("quiz-failed");

        await("#quiz-retry").click();
        choose("q1a", "q2a", "q2b");
        await("#quiz-submit").click();
        WebElement passed = await("[data-test=quiz-result][data-passed=true]");
        assertThat(passed.getAttribute("data-score")).isEqualTo("100");
        String contentHash = TrainingChain.as(chain.samToken)
                .get("/api/v1/me/training/GDPR-PORTAL")
                .then()
                .statusCode(200)
                .extract()
                .path("contentHash");
        assertThat(await("[data-test=content-hash]").getText()).isEqualTo(contentHash);
        awaitText("[data-test=statement]", "I keep customer data to what my work needs.");
        accessibleScreen("quiz-passed");

        await("[data-test=acknowledge-form] input[name=confirm]").click();
        await("#acknowledge").click();
        await("[data-test=acknowledged]");
        TrainingChain.as(chain.samToken)
                .get("/api/v1/me/training/GDPR-PORTAL")
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("CURRENT"))
                .body("attempts[0].contentHash", org.hamcrest.Matchers.equalTo(contentHash))
                .body("attempts[0].score", org.hamcrest.Matchers.equalTo(100));

        await("#certificate-link").click();
        WebElement certificate = await("[data-test=certificate]");
        assertThat(await("[data-test=certificate-course]").getText()).isEqualTo("Data privacy basics GDPR-PORTAL");
        assertThat(await("[data-test=certificate-version]").getText()).isEqualTo("2026.1");
        assertThat(await("[data-test=certificate-hash]").getText()).isEqualTo(contentHash);
        assertThat(certificate.getText()).containsIgnoringCase("sam").contains("100 %");
        await("#certificate-print");
        accessibleScreen("certificate");
        // On paper the certificate stands alone: no navigation, no buttons.
        ConsoleBrowser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector("nav.sidebar")).isDisplayed())
                    .isFalse();
            assertThat(browser.findElement(By.id("certificate-print")).isDisplayed())
                    .isFalse();
            assertThat(certificate.isDisplayed()).isTrue();
        } finally {
            ConsoleBrowser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        go("/customers/" + chain.customer);
        awaitText(".page-title", "Ana Lopez");
        assertThat(browser.findElements(By.cssSelector("[data-test=refused]"))).isEmpty();
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
    }

    /**
     * An author (training.author and training.manage, nothing else) creates a course, starts the
     * next version, writes Markdown and HTML material and a quiz question, sees the preview, is
     * told of a concurrent change, publishes with re-acknowledgment; the employee holding the course
     * is due again and never sees the correct answers, and is offered no authoring screen.
     */
    @Test
    void anAuthorWritesPreviewsAndPublishesAVersionThatReassignsTheCourse() {
        TrainingChain chain = TrainingChain.onboard(tenants);
        String aria = chain.tenant.createStaff(chain.mfa, "aria");
        chain.tenant.grantTenantWide(
                chain.mfa, aria, chain.tenant.createRole(chain.mfa, "Authors", "training.author", "training.manage"));

        signIn(chain.tenant.slug(), "aria", Tenants.ADMIN_PASSWORD);
        await("nav.sidebar [data-nav=authoring]").click();
        await("#course-create").click();
        type("#course-code", "GDPR-AUTHORED");
        type("#course-title", "Handling customer data");
        type("#course-version", "2026.1");
        await("[data-test=course-form] input[name=jurisdictions][value=EU]").click();
        await("[data-test=course-form] input[name=requiredForPermissions][value='customer.read']")
                .click();
        accessibleScreen("authoring-new-course");
        await("#course-submit").click();
        awaitText(".page-title", "Handling customer data");
        awaitText("[data-version='2026.1']", "current");
        accessibleScreen("authoring-course");

        // Sam holds the course: he reads customers and acknowledged its first version.
        TrainingChain.as(chain.samToken)
                .body(Map.of("version", "2026.1"))
                .post("/api/v1/me/training/GDPR-AUTHORED/acknowledge")
                .then()
                .statusCode(201);
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
        String dueBefore = TrainingChain.as(chain.mfa)
                .queryParam("staffId", chain.sam)
                .queryParam("courseCode", "GDPR-AUTHORED")
                .get("/api/v1/training/assignments")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].dueAt");

        type("#draft-version", "2026.2");
        await("#draft-create").click();
        await("#section-add").click();
        type("input[name='sections[0].heading']", "Why it matters");
        type("textarea[name='sections[0].body']", "Customers **trust** us with their data.");
        await("#section-add").click();
        type("input[name='sections[1].heading']", "What you may do");
        new Select(await("select[name='sections[1].format']")).selectByValue("HTML");
        type(
                "textarea[name='sections[1].body']",
                "<p>Read only <em>what you need</em>.</p><script>document.title='owned'</script>");
        // HTML is previewed as typed, through the portal's allow-list; Markdown waits for the server.
        awaitText("[data-test=preview] [data-test=material]", "Read only what you need.");
        assertThat(browser.findElements(By.cssSelector("[data-test=preview] script")))
                .isEmpty();
        await("[data-test=preview-pending]");

        await("#question-add").click();
        type("textarea[name='quiz.questions[0].text']", "May you look up a neighbour's address?");
        type("input[name='quiz.questions[0].options[0].text']", "No, only for my work");
        type("input[name='quiz.questions[0].options[1].text']", "Yes, if I am curious");
        // The server's refusal is shown beside what it names: no correct answer, no pass mark.
        await("#draft-save").click();
        awaitText("[data-field='quiz.questions[0].options'] + .field-error", "exactly one correct option");
        awaitText("#quiz-pass-mark ~ .field-error", "required");
        await("[data-test=draft-problem] .problem");
        await("[data-question='0'] input[data-correct='0']").click();
        type("#quiz-pass-mark", "100");
        await("#draft-reack").click();
        await("#draft-save").click();
        await("[data-test=save-state][data-state=saved]");
        assertThat(await("[data-test=preview] [data-test=material] strong").getText())
                .as("the preview shows the server's rendering of the Markdown")
                .isEqualTo("trust");
        assertThat(browser.findElements(By.cssSelector("[data-test=preview-pending]")))
                .isEmpty();
        awaitText("[data-test=preview-quiz]", "1 questions; you pass with 100 %");
        assertThat(browser.getTitle()).doesNotContain("owned");
        accessibleScreen("authoring-draft");

        // Another author adds a statement meanwhile: ours is refused with 412, said so, and reloads theirs.
        String draft = "/api/v1/training/courses/GDPR-AUTHORED/drafts/2026.2";
        io.restassured.response.Response saved = TrainingChain.as(chain.mfa).get(draft);
        TrainingChain.as(chain.mfa)
                .header("If-Match", saved.header("ETag"))
                .body(withStatement(saved.jsonPath(), "I use customer data only for my work."))
                .put(draft)
                .then()
                .statusCode(200);
        type("#draft-statement", "Mine.");
        await("#draft-save").click();
        WebElement stale = await("[data-test=draft-problem] .problem[data-status='412']");
        assertThat(stale.getText()).contains("Someone changed this since you opened it");
        await("#draft-reload").click();
        awaitText("[data-test=preview-statement]", "I use customer data only for my work.");

        await("#draft-publish").click();
        WebElement confirm = await("[data-test=publish-dialog][data-reack=true]");
        assertThat(confirm.getText()).contains("assigned again to everyone who holds it");
        accessibleScreen("authoring-publish");
        await("#publish-confirm").click();
        awaitText("[data-test=published]", "Version 2026.2 is published");
        awaitText("[data-version='2026.2']", "current");

        String version = TrainingChain.as(chain.samToken)
                .get("/api/v1/training/courses/GDPR-AUTHORED/versions/2026.2")
                .then()
                .statusCode(200)
                .body("requiresReacknowledgment", org.hamcrest.Matchers.equalTo(true))
                .body("statement", org.hamcrest.Matchers.equalTo("I use customer data only for my work."))
                .body("sections.heading", org.hamcrest.Matchers.contains("Why it matters", "What you may do"))
                .body("sections[0].html", org.hamcrest.Matchers.containsString("<strong>trust</strong>"))
                .body("quiz.questionsPerAttempt", org.hamcrest.Matchers.equalTo(1))
                .body("quiz.passMark", org.hamcrest.Matchers.equalTo(100))
                .extract()
                .asString();
        TrainingChain.as(chain.mfa)
                .get("/api/v1/training/courses/GDPR-AUTHORED/versions/2026.2/quiz")
                .then()
                .statusCode(200)
                .body("questions[0].options.correct", org.hamcrest.Matchers.contains(true, false));
        String portal = TrainingChain.as(chain.samToken)
                .get("/api/v1/me/training/GDPR-AUTHORED")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DUE"))
                .body("currentVersion", org.hamcrest.Matchers.equalTo("2026.2"))
                .extract()
                .asString();
        String attempt = TrainingChain.as(chain.samToken)
                .post("/api/v1/me/training/GDPR-AUTHORED/attempts")
                .then()
                .statusCode(201)
                .body(
                        "questions[0].options.text",
                        org.hamcrest.Matchers.contains("No, only for my work", "Yes, if I am curious"))
                .extract()
                .asString();
        assertThat(List.of(version, portal, attempt))
                .as("the correct answers never reach an employee")
                .noneMatch(answer -> answer.contains("\"correct\""));
        String dueAfter = TrainingChain.as(chain.mfa)
                .queryParam("staffId", chain.sam)
                .queryParam("courseCode", "GDPR-AUTHORED")
                .get("/api/v1/training/assignments")
                .then()
                .extract()
                .path("items[0].dueAt");
        assertThat(Instant.parse(dueAfter))
                .as("Sam is assigned the course again")
                .isAfter(Instant.parse(dueBefore));
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);

        go("/authoring");
        awaitText("[data-test=authoring-courses] table", "2026.1, 2026.2");
        accessibleScreen("authoring-courses");

        await("#signout").click();
        signIn(chain.tenant.slug(), "sam", Tenants.ADMIN_PASSWORD);
        await("nav.sidebar [data-nav=training]");
        assertThat(browser.findElements(By.cssSelector("nav.sidebar [data-nav]")).stream()
                        .map(a -> a.getAttribute("data-nav"))
                        .toList())
                .as("authoring is for holders of training.author")
                .doesNotContain("authoring");
    }

    /**
     * An employee whose course is inside the tenant's grace sees what it unlocks allowed until the
     * grace ends, and where each permission reaches; as someone's manager without
     * access-review.run they are offered their review work list and nothing of the campaigns.
     */
    @Test
    void myAccessShowsScopesAndGraceAndAManagerIsOfferedOnlyTheirReviewWork() {
        TrainingChain chain = TrainingChain.onboard(tenants);
        String mfa = chain.mfa;
        chain.graceAfterDue(10);
        chain.createCourse(TrainingChain.aCourse("GDPR-GRACE", null));
        String north = as(mfa).body(Map.of("code", "NORTH", "name", "North"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).body(Map.of(
                        "staffId",
                        chain.sam,
                        "roleId",
                        chain.tenant.createRole(mfa, "Updaters", "customer.update"),
                        "scope",
                        Map.of("type", "REGION", "id", north),
                        "reason",
                        "north"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);
        String lena = chain.tenant.createStaff(mfa, "lena");
        chain.tenant.grantTenantWide(mfa, lena, chain.tenant.createRole(mfa, "Consent readers", "consent.read"));
        String etag = as(mfa).get("/api/v1/staff/" + lena).header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("managerId", chain.sam))
                .patch("/api/v1/staff/" + lena)
                .then()
                .statusCode(200);
        as(mfa).body(Map.of("name", "Spring review", "autoRevokeUnreviewed", false))
                .post("/api/v1/access-reviews")
                .then()
                .statusCode(201);

        signIn(chain.tenant.slug(), "sam", Tenants.ADMIN_PASSWORD);
        await("nav.sidebar");
        go("/access");
        WebElement grace = await("[data-test=permissions] [data-state=grace]");
        assertThat(grace.getText()).contains("GDPR-GRACE").contains("allowed under grace until");
        awaitText("[data-test=attention] table", "Under grace");
        assertThat(browser.findElements(By.cssSelector("[data-state=blocked]"))).isEmpty();
        assertThat(await("[data-scopes='customer.read'] [data-scope=TENANT]").getText())
                .contains("Whole chain");
        assertThat(await("[data-scopes='customer.update'] [data-scope=REGION]").getText())
                .contains("Region NORTH");
        accessibleScreen("my-access-grace");
        go("/training");
        awaitText("[data-test=my-courses] [data-test=grace]", "allowed under grace until");
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);

        assertThat(browser.findElements(By.cssSelector("nav.sidebar [data-nav]")).stream()
                        .map(a -> a.getAttribute("data-nav"))
                        .toList())
                .as("a manager is offered the reviews screen for their work list")
                .contains("reviews")
                .doesNotContain("staff", "audit");
        go("/reviews");
        await("[data-my-keep]");
        awaitText("main table", "Spring review");
        assertThat(browser.findElements(By.cssSelector("main .card")))
                .as("only the work list; the campaigns would be refused")
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#review-open, main .problem")))
                .isEmpty();
        accessibleScreen("my-review-work");
    }

    /** A single-choice question (q1: a right, b wrong) and a multiple-choice one (q2: a and b right, c wrong). */
    private static Map<String, Object> portalQuiz() {
        return Map.of(
                "passMark",
                100,
                "questions",
                List.of(
                        Map.of(
                                "text",
                                "May you look up a neighbour's address?",
                                "kind",
                                "SINGLE",
                                "options",
                                List.of(
                                        Map.of("text", "No, only for my work", "correct", true),
                                        Map.of("text", "Yes, if I am curious", "correct", false))),
                        Map.of(
                                "text",
                                "Which belong to personal data?",
                                "kind",
                                "MULTIPLE",
                                "options",
                                List.of(
                                        Map.of("text", "An e-mail address", "correct", true),
                                        Map.of("text", "A loyalty card number", "correct", true),
                                        Map.of("text", "The store's opening hours", "correct", false)))));
    }

    /** A draft as the author's view answers it, written back whole (PUT) with {@code statement}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withStatement(JsonPath draft, String statement) {
        List<Map<String, Object>> sections = draft.<Map<String, Object>>getList("sections").stream()
                .map(s -> Map.<String, Object>of("heading", s.get("heading"), "format", "HTML", "body", s.get("html")))
                .toList();
        List<Map<String, Object>> questions = draft.<Map<String, Object>>getList("quiz.questions").stream()
                .map(q -> Map.<String, Object>of(
                        "text",
                        q.get("text"),
                        "kind",
                        q.get("kind"),
                        "options",
                        ((List<Map<String, Object>>) q.get("options"))
                                .stream()
                                        .map(o -> Map.of("text", o.get("text"), "correct", o.get("correct")))
                                        .toList()))
                .toList();
        return Map.of(
                "requiresReacknowledgment",
                draft.getBoolean("requiresReacknowledgment"),
                "statement",
                statement,
                "sections",
                sections,
                "quiz",
                Map.of("passMark", draft.getInt("quiz.passMark"), "questions", questions));
    }

    /** Ticks the quiz options with these ids. */
    private void choose(String... optionIds) {
        for (String option : optionIds) {
            await("[data-test=quiz-form] input[value=" + option + "]").click();
        }
    }

    // --- helpers

    /** Whether the server offers sessions (POST /api/v1/auth/refresh); asked outside the contract check. */
    private boolean refreshOffered() {
        try {
            var answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(origin + "/api/v1/auth/refresh"))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() != 404;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** The sequence numbers of the audit entries shown, top to bottom. */
    private List<Long> shownSeqs() {
        return browser.findElements(By.cssSelector(".paged tbody tr td:first-child")).stream()
                .map(cell -> Long.parseLong(cell.getText().replaceAll("[^0-9]", "")))
                .toList();
    }

    private void type(String css, String text) {
        WebElement field = await(css);
        field.clear();
        field.sendKeys(text);
    }

    private void signInWithPassword(Tenants.Onboarded chain) {
        signIn(chain.slug(), "admin", Tenants.ADMIN_PASSWORD);
    }

    private void signIn(String tenant, String username, String password) {
        type("input[name=tenant]", tenant);
        type("input[name=username]", username);
        type("input[name=password]", password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Enrols the admin's second factor over the API, then signs in through the console; answers an MFA token for set-up calls. */
    private String signInWithTotp(Tenants.Onboarded chain) {
        Authenticator authenticator = Authenticator.enrol(chain.adminToken());
        browser.get(origin + "/console/signin");
        signInWithPassword(chain);
        type("input[name=code]", authenticator.code(1));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        await("nav.sidebar");
        awaitText(".user", "Second factor");
        settled();
        // The set-up's API calls use a session of their own, opened with a recovery code (each
        // TOTP step is usable once, and the browser used this one).
        String mfaToken = anonymous()
                .body(Map.of("tenant", chain.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("mfaToken");
        return anonymous()
                .body(Map.of(
                        "mfaToken",
                        mfaToken,
                        "code",
                        authenticator.recoveryCodes().get(0)))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    private static String customer(String token, String store, String country, String familyName) {
        return as(token)
                .body(Map.of(
                        "storeId",
                        store,
                        "givenName",
                        "Maria",
                        "familyName",
                        familyName,
                        "country",
                        country,
                        "email",
                        familyName.toLowerCase() + "@example.com",
                        "birthDate",
                        "1980-01-01"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String privacyRequest(String token, String customer, String type) {
        return as(token)
                .body(Map.of("customerId", customer, "type", type))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String role(String token, String name) {
        List<Map<String, Object>> roles = as(token)
                .queryParam("limit", 500)
                .get("/api/v1/roles")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return roles.stream()
                .filter(r -> name.equals(r.get("name")))
                .map(r -> (String) r.get("id"))
                .findFirst()
                .orElseThrow();
    }
}
