package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Server-side sessions as the browser console uses them: a sign-in sets the refresh cookie, a
 * refresh rotates it in the same session, and the end of a session (logout, its owner, an admin,
 * suspension, a reused refresh token) refuses its access tokens on the next request.
 */
class SessionsIT extends ItBase {

    private static final String COOKIE = "custos_refresh";
    private static final Pattern SET_COOKIE = Pattern.compile(
            "custos_refresh=([^;]+); Max-Age=(\\d+); Path=/api/v1/auth; Secure; HttpOnly; SameSite=Strict");
    private static final String PROBLEM = "application/problem+json";

    /** A signed-in browser: the access token in memory and the refresh token in its cookie jar. */
    record Browser(String accessToken, String refreshToken, long maxAge) {

        static Browser from(Response answer) {
            String header = answer.header("Set-Cookie");
            assertThat(header).as("Set-Cookie of " + answer.asString()).isNotNull();
            Matcher cookie = SET_COOKIE.matcher(header);
            assertThat(cookie.matches()).as(header).isTrue();
            return new Browser(answer.path("accessToken"), cookie.group(1), Long.parseLong(cookie.group(2)));
        }

        String claims() {
            return new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        }

        String sessionId() {
            Matcher sid = Pattern.compile("\"sid\":\"([^\"]+)\"").matcher(claims());
            assertThat(sid.find()).as(claims()).isTrue();
            return sid.group(1);
        }

        String authTime() {
            Matcher authTime = Pattern.compile("\"auth_time\":(\\d+)").matcher(claims());
            assertThat(authTime.find()).as(claims()).isTrue();
            return authTime.group(1);
        }
    }

    private static Browser signIn(String slug, String username) {
        return Browser.from(anonymous()
                .body(Map.of("tenant", slug, "username", username, "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .response());
    }

    /** As the browser sends it; a raw header, which the contract check reads (RestAssured's cookies it does not see). */
    private static Response refresh(String refreshToken) {
        return anonymous().header("Cookie", COOKIE + "=" + refreshToken).post("/api/v1/auth/refresh");
    }

    private static Browser refreshed(Browser browser) {
        return Browser.from(refresh(browser.refreshToken())
                .then()
                .statusCode(200)
                .body("expiresIn", equalTo(900))
                .body("$", not(org.hamcrest.Matchers.hasKey("mfaRequired")))
                .extract()
                .response());
    }

    private static void refused(String accessToken) {
        as(accessToken).get("/api/v1/auth/sessions").then().statusCode(401).contentType(startsWith(PROBLEM));
    }

    private static void refreshRefused(String refreshToken) {
        refresh(refreshToken)
                .then()
                .statusCode(401)
                .contentType(startsWith(PROBLEM))
                .body("type", equalTo("https://custos.io/problems/unauthenticated"));
    }

    @Test
    void aSignInSetsTheRefreshCookieForTheSessionsLifetimeOnlyForTheAuthPaths() {
        var tenant = tenants.onboard();
        Browser browser = signIn(tenant.slug(), "admin");

        assertThat(browser.maxAge()).isBetween(24 * 3600L - 60, 24 * 3600L);
        assertThat(browser.claims()).contains("\"sid\":").contains("\"auth_time\":");
        as(browser.accessToken())
                .get("/api/v1/auth/sessions")
                .then()
                .statusCode(200)
                .body("items.find { it.current }.id", equalTo(browser.sessionId()));
    }

    @Test
    void aRefreshRotatesTheCookieAndStaysInTheSameSession() {
        var tenant = tenants.onboard();
        Browser first = signIn(tenant.slug(), "admin");

        Browser second = refreshed(first);

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        assertThat(second.authTime()).isEqualTo(first.authTime());
        assertThat(second.claims()).contains("\"amr\":[\"pwd\"]");
        as(second.accessToken()).get("/api/v1/staff").then().statusCode(200);
        Browser third = refreshed(second);
        assertThat(third.sessionId()).isEqualTo(first.sessionId());
    }

    @Test
    void aSecondFactorSessionStaysOneAcrossRefreshes() {
        var tenant = tenants.onboard();
        Authenticator authenticator = Authenticator.enrol(tenant.adminToken());
        String mfaToken = anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .extract()
                .path("mfaToken");
        Browser signedIn = Browser.from(anonymous()
                .body(Map.of("mfaToken", mfaToken, "code", authenticator.code(1)))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(200)
                .extract()
                .response());

        Browser refreshed = refreshed(signedIn);

        assertThat(refreshed.claims()).contains("\"amr\":[\"pwd\",\"otp\"]");
        assertThat(refreshed.authTime()).isEqualTo(signedIn.authTime());
        as(refreshed.accessToken()).get("/api/v1/grants").then().statusCode(200);
    }

    @Test
    void aPasswordSessionStepsUpWithTheSecondFactorInPlaceAndKeepsIt() {
        var tenant = tenants.onboard();
        Browser browser = signIn(tenant.slug(), "admin");
        Authenticator authenticator = Authenticator.enrol(browser.accessToken());
        as(browser.accessToken())
                .get("/api/v1/grants")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"))
                .header("WWW-Authenticate", startsWith("Bearer error=\"insufficient_user_authentication\""));
        // A code of another time step is a wrong code: refused at the same gate, the session unchanged.
        as(browser.accessToken())
                .body(Map.of("code", authenticator.code(5)))
                .post("/api/v1/auth/step-up")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"))
                .header("WWW-Authenticate", startsWith("Bearer error=\"insufficient_user_authentication\""));

        String code = authenticator.code(1);
        Browser steppedUp = new Browser(
                as(browser.accessToken())
                        .body(Map.of("code", code))
                        .post("/api/v1/auth/step-up")
                        .then()
                        .statusCode(200)
                        .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                        .extract()
                        .path("accessToken"),
                browser.refreshToken(),
                browser.maxAge());

        assertThat(steppedUp.sessionId()).isEqualTo(browser.sessionId());
        assertThat(steppedUp.claims()).contains("\"amr\":[\"pwd\",\"otp\"]");
        assertThat(Long.parseLong(steppedUp.authTime())).isGreaterThanOrEqualTo(Long.parseLong(browser.authTime()));
        as(steppedUp.accessToken()).get("/api/v1/grants").then().statusCode(200);
        as(steppedUp.accessToken())
                .body(Map.of("code", code))
                .post("/api/v1/auth/step-up")
                .then()
                .statusCode(403);
        Browser refreshed = refreshed(browser);
        assertThat(refreshed.claims()).contains("\"amr\":[\"pwd\",\"otp\"]");
        assertThat(refreshed.authTime()).isEqualTo(steppedUp.authTime());
        as(steppedUp.accessToken())
                .queryParam("action", "auth.step-up")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", hasItem(browser.sessionId()));
    }

    @Test
    void aStepUpNeedsAnEnrolledFactorAndASessionThatGoesOn() {
        var tenant = tenants.onboard();
        Browser browser = signIn(tenant.slug(), "admin");
        as(browser.accessToken())
                .body(Map.of("code", "123456"))
                .post("/api/v1/auth/step-up")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        as(browser.accessToken())
                .body(Map.of())
                .post("/api/v1/auth/step-up")
                .then()
                .statusCode(400);
        as(browser.accessToken()).post("/api/v1/auth/logout").then().statusCode(204);
        as(browser.accessToken())
                .body(Map.of("code", "123456"))
                .post("/api/v1/auth/step-up")
                .then()
                .statusCode(401);
        anonymous()
                .body(Map.of("code", "123456"))
                .post("/api/v1/auth/step-up")
                .then()
                .statusCode(401);
    }

    @Test
    void reusingARotatedRefreshTokenEndsTheWholeSession() {
        var tenant = tenants.onboard();
        Browser stolen = signIn(tenant.slug(), "admin");
        Browser rightful = refreshed(stolen);
        as(rightful.accessToken()).get("/api/v1/auth/sessions").then().statusCode(200);

        refresh(stolen.refreshToken())
                .then()
                .statusCode(401)
                .contentType(startsWith(PROBLEM))
                .body("detail", equalTo("the refresh token was used already; the session has ended, sign in again"));

        refused(stolen.accessToken());
        refused(rightful.accessToken());
        refreshRefused(rightful.refreshToken());
        as(tenant.adminToken()).get("/api/v1/auth/sessions").then().statusCode(200);
    }

    @Test
    void ofTwoRefreshesAtOnceWithOneCookieOneWinsAndTheOtherIsAReuseThatEndsTheSession() {
        var tenant = tenants.onboard();
        Browser browser = signIn(tenant.slug(), "admin");

        Race.Answers answers = Race.run(2, i -> refresh(browser.refreshToken())).allAnswered(200, 401);

        assertThat(answers.with(200)).as(answers.statuses().toString()).hasSize(1);
        assertThat(answers.with(401).get(0).body()).contains("used already");
        refused(answers.with(200).get(0).json().getString("accessToken"));
        refused(browser.accessToken());
    }

    @Test
    void logoutEndsTheSessionItsTokensAndItsCookie() {
        var tenant = tenants.onboard();
        Browser browser = signIn(tenant.slug(), "admin");
        as(browser.accessToken()).get("/api/v1/staff").then().statusCode(200);

        String cleared = as(browser.accessToken())
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204)
                .extract()
                .header("Set-Cookie");

        assertThat(cleared)
                .isEqualTo("custos_refresh=; Max-Age=0; Path=/api/v1/auth; Secure; HttpOnly; SameSite=Strict");
        as(browser.accessToken())
                .get("/api/v1/staff")
                .then()
                .statusCode(401)
                .contentType(startsWith(PROBLEM))
                .body("detail", equalTo("the session of this token has ended; sign in again"));
        refreshRefused(browser.refreshToken());
        as(tenant.adminToken()).get("/api/v1/staff").then().statusCode(200);
    }

    @Test
    void aMissingGarbledOrUnknownCookieRefreshesNothing() {
        anonymous().post("/api/v1/auth/refresh").then().statusCode(401).contentType(startsWith(PROBLEM));
        refreshRefused("garbage");
        refreshRefused("x".repeat(5000));
        var tenant = tenants.onboard();
        Browser browser = signIn(tenant.slug(), "admin");
        String[] parts = browser.refreshToken().split("\\.");
        String guessed = parts[0] + "." + parts[1] + "." + "A".repeat(43);
        refreshRefused(guessed);
        refreshed(browser); // a guess ends nothing
    }

    @Test
    void aStaffMemberListsAndEndsTheirOwnSessions() {
        var tenant = tenants.onboard();
        Browser laptop = signIn(tenant.slug(), "admin");
        Browser tablet = signIn(tenant.slug(), "admin");

        List<String> ids = as(laptop.accessToken())
                .queryParam("limit", 500)
                .get("/api/v1/auth/sessions")
                .then()
                .statusCode(200)
                .body("items.findAll { it.current }", hasSize(1))
                .body("items.find { it.current }.id", equalTo(laptop.sessionId()))
                .extract()
                .path("items.id");
        assertThat(ids).contains(laptop.sessionId(), tablet.sessionId());
        as(laptop.accessToken())
                .queryParam("limit", 1)
                .get("/api/v1/auth/sessions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());

        as(laptop.accessToken())
                .delete("/api/v1/auth/sessions/" + tablet.sessionId())
                .then()
                .statusCode(204);

        refused(tablet.accessToken());
        refreshRefused(tablet.refreshToken());
        as(laptop.accessToken())
                .queryParam("limit", 500)
                .get("/api/v1/auth/sessions")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(tablet.sessionId())));
        as(laptop.accessToken())
                .delete("/api/v1/auth/sessions/" + tablet.sessionId())
                .then()
                .statusCode(204);
        as(laptop.accessToken())
                .delete("/api/v1/auth/sessions/no-such-session")
                .then()
                .statusCode(404)
                .contentType(startsWith(PROBLEM));
    }

    @Test
    void nobodyEndsAnotherStaffMembersSessionAsTheirOwn() {
        var tenant = tenants.onboard();
        tenant.createStaff(tenant.adminToken(), "kai");
        Browser kai = signIn(tenant.slug(), "kai");

        as(tenant.adminToken())
                .delete("/api/v1/auth/sessions/" + kai.sessionId())
                .then()
                .statusCode(404);

        as(kai.accessToken()).get("/api/v1/auth/sessions").then().statusCode(200);
    }

    @Test
    void anAdminEndsEverySessionOfAStaffMemberAndItIsAudited() {
        var tenant = tenants.onboard();
        String clerk = tenant.createStaff(tenant.adminToken(), "clerk");
        Browser one = signIn(tenant.slug(), "clerk");
        Browser two = signIn(tenant.slug(), "clerk");
        as(one.accessToken()).get("/api/v1/auth/sessions").then().statusCode(200);

        as(tenant.adminToken())
                .delete("/api/v1/staff/" + clerk + "/sessions")
                .then()
                .statusCode(204);

        refused(one.accessToken());
        refused(two.accessToken());
        refreshRefused(one.refreshToken());
        Browser again = signIn(tenant.slug(), "clerk");
        as(again.accessToken()).get("/api/v1/auth/sessions").then().statusCode(200);
        as(tenant.adminMfaToken())
                .queryParam("action", "session.end")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", hasItem(one.sessionId()))
                .body("items.targetId", hasItem(two.sessionId()))
                .body("items.find { it.targetId == '" + one.sessionId() + "' }.actorId", equalTo(tenant.adminId()))
                .body(
                        "items.find { it.targetId == '" + one.sessionId() + "' }.details.reason",
                        equalTo("ended-by-admin"));
    }

    @Test
    void aStaffMemberWithoutTheStaffPermissionCannotEndSessions() {
        var tenant = tenants.onboard();
        String clerk = tenant.createStaff(tenant.adminToken(), "clerk");
        Browser browser = signIn(tenant.slug(), "clerk");

        as(browser.accessToken())
                .delete("/api/v1/staff/" + tenant.adminId() + "/sessions")
                .then()
                .statusCode(403);

        as(tenant.adminToken()).get("/api/v1/staff/" + clerk).then().statusCode(200);
    }

    @Test
    void suspensionAndOffboardingEndTheSessionsInTheSameChange() {
        var tenant = tenants.onboard();
        String suspended = tenant.createStaff(tenant.adminToken(), "sam");
        String offboarded = tenant.createStaff(tenant.adminToken(), "oli");
        Browser sam = signIn(tenant.slug(), "sam");
        Browser oli = signIn(tenant.slug(), "oli");

        as(tenant.adminToken())
                .post("/api/v1/staff/" + suspended + "/suspend")
                .then()
                .statusCode(200);
        as(tenant.adminToken())
                .post("/api/v1/staff/" + offboarded + "/offboard")
                .then()
                .statusCode(200);

        refused(sam.accessToken());
        refreshRefused(sam.refreshToken());
        refreshRefused(oli.refreshToken());
        as(tenant.adminMfaToken())
                .queryParam("action", "session.end")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.targetId == '" + sam.sessionId() + "' }.details.reason",
                        equalTo("staff-suspended"))
                .body(
                        "items.find { it.targetId == '" + oli.sessionId() + "' }.details.reason",
                        equalTo("staff-offboarded"));
    }

    @Test
    void anotherTenantsSessionsAndStaffAreNotFound() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        String clerk = a.createStaff(a.adminToken(), "clerk");
        Browser browser = signIn(a.slug(), "clerk");
        Browser other = signIn(b.slug(), "admin");

        as(other.accessToken())
                .delete("/api/v1/auth/sessions/" + browser.sessionId())
                .then()
                .statusCode(404)
                .contentType(startsWith(PROBLEM));
        as(b.adminToken())
                .delete("/api/v1/staff/" + clerk + "/sessions")
                .then()
                .statusCode(404)
                .contentType(startsWith(PROBLEM));
        as(other.accessToken())
                .get("/api/v1/auth/sessions")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(browser.sessionId())));

        as(browser.accessToken()).get("/api/v1/auth/sessions").then().statusCode(200);
        refreshed(browser);
    }

    @Test
    void theOperatorTokenHasNoSessionAndIsUnaffected() {
        var tenant = tenants.onboard();
        operator().get("/api/v1/platform/tenants/" + tenant.id()).then().statusCode(200);
    }
}
