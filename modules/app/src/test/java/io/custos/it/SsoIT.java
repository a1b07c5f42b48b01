package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on end to end against a real OpenID Provider (Keycloak, started once for the suite):
 * the browser leg through Keycloak's login form, the callback, and the session the console then
 * refreshes. Token forgeries are refused at the validation unit (OpenIdProvidersTest).
 */
@ExtendWith(Keycloak.Started.class)
class SsoIT extends ItBase {

    private static final String CONSOLE = ItEnvironment.PUBLIC_URL + "/console/";

    @Test
    void staffBoundToTheirSubjectSignInAndTheConsoleRefreshesIntoTheSession() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String providerId = provider(admin, "Keycloak", "SUBJECT", false, List.of());
        String alice = tenant.createStaff(admin, "alice");
        as(admin)
                .body(Map.of("staffId", alice, "subject", Keycloak.get().subjectOf("alice")))
                .post("/api/v1/sso/providers/" + providerId + "/links")
                .then()
                .statusCode(201)
                .body("staffId", equalTo(alice));

        OidcBrowser.Outcome outcome = browser().signIn(tenant.slug(), providerId, "alice", "alice-password");

        assertThat(outcome.location()).isEqualTo(CONSOLE);
        String token = refresh(outcome.refreshCookie());
        as(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(alice))
                .body("amr", contains("sso"));
        as(admin)
                .queryParam("action", "auth.login")
                .queryParam("actorId", alice)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].details.methods", contains("sso"));
    }

    @Test
    void aVerifiedEmailFindsTheStaffMemberAndAnUnverifiedOneDoesNot() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String providerId = provider(admin, "Keycloak by e-mail", "EMAIL", false, List.of());
        String erik = staffWithEmail(tenant, admin, "erik", "erik@sso.example");
        staffWithEmail(tenant, admin, "uma", "uma@sso.example");

        OidcBrowser.Outcome erikOutcome = browser().signIn(tenant.slug(), providerId, "erik", "erik-password");
        assertThat(erikOutcome.location()).isEqualTo(CONSOLE);
        as(refresh(erikOutcome.refreshCookie())).get("/api/v1/me").then().body("id", equalTo(erik));

        OidcBrowser.Outcome umaOutcome = browser().signIn(tenant.slug(), providerId, "uma", "uma-password");
        assertThat(umaOutcome.fragment("sso-error")).contains("email-unverified");
        assertThat(umaOutcome.refreshCookie()).isNull();
        as(admin).post("/api/v1/staff/" + erik + "/suspend").then().statusCode(200);
        OidcBrowser.Outcome suspended = browser().signIn(tenant.slug(), providerId, "erik", "erik-password");
        assertThat(suspended.fragment("sso-error")).contains("account-inactive");
        assertThat(suspended.refreshCookie()).isNull();
    }

    @Test
    void anAdminChangesTheProviderUnderIfMatchAndANewClientSecretIsTheOneUsed() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String providerId = provider(admin, "Keycloak", "EMAIL", false, List.of());
        staffWithEmail(tenant, admin, "erik", "erik@sso.example");
        String path = "/api/v1/sso/providers/" + providerId;
        as(admin).body(Map.of("trustedAcr", List.of("1"))).patch(path).then().statusCode(428);
        String etag = as(admin).get(path).then().statusCode(200).extract().header("ETag");

        as(admin)
                .header("If-Match", etag)
                .body(Map.of("clientSecret", "not-the-secret", "trustedAcr", List.of("1")))
                .patch(path)
                .then()
                .statusCode(200)
                .body("trustedAcr", contains("1"));
        as(admin)
                .header("If-Match", etag)
                .body(Map.of("createStaff", true))
                .patch(path)
                .then()
                .statusCode(412);
        assertThat(browser()
                        .signIn(tenant.slug(), providerId, "erik", "erik-password")
                        .fragment("sso-error"))
                .contains("provider-refused");

        String next = as(admin).get(path).then().extract().header("ETag");
        as(admin)
                .header("If-Match", next)
                .body(Map.of("clientSecret", Keycloak.CLIENT_SECRET))
                .patch(path)
                .then()
                .statusCode(200);
        assertThat(browser()
                        .signIn(tenant.slug(), providerId, "erik", "erik-password")
                        .location())
                .isEqualTo(CONSOLE);
        as(admin)
                .queryParam("action", "sso-provider.update")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(2))
                .body("items[0].details.changed", contains("trustedAcr", "clientSecret"));
    }

    @Test
    void justInTimeCreationMakesOneRoleFreeAccountAndAuditsIt() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String strict = provider(admin, "No strangers", "SUBJECT", false, List.of());
        String open = provider(admin, "Newcomers welcome", "SUBJECT", true, List.of());

        assertThat(browser()
                        .signIn(tenant.slug(), strict, "jules", "jules-password")
                        .fragment("sso-error"))
                .contains("no-account");
        OidcBrowser.Outcome first = browser().signIn(tenant.slug(), open, "jules", "jules-password");
        assertThat(first.location()).isEqualTo(CONSOLE);
        String created = as(refresh(first.refreshCookie()))
                .get("/api/v1/me")
                .then()
                .extract()
                .path("id");
        OidcBrowser.Outcome again = browser().signIn(tenant.slug(), open, "jules", "jules-password");
        as(refresh(again.refreshCookie())).get("/api/v1/me").then().body("id", equalTo(created));

        as(admin)
                .get("/api/v1/staff/" + created)
                .then()
                .statusCode(200)
                .body("username", equalTo("jules"))
                .body("email", equalTo("jules@sso.example"));
        as(admin)
                .queryParam("staffId", created)
                .get("/api/v1/grants")
                .then()
                .statusCode(200)
                .body("items", empty());
        as(admin)
                .queryParam("action", "staff.create")
                .queryParam("actorId", "system")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].targetId", equalTo(created));
        as(admin)
                .queryParam("action", "sso-link.create")
                .queryParam("actorId", "system")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].targetId", equalTo(created))
                .body("items[0].details.staffCreated", equalTo(true));
    }

    @Test
    void aTrustedAcrSatisfiesTheSecondFactorAndAnUntrustedOneLeadsToTheTotpStep() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        // Keycloak says acr "1" for a sign-in with the password just entered
        String trusted = provider(admin, "Trusted", "SUBJECT", false, List.of("1"));
        String untrusted = provider(admin, "Untrusted", "SUBJECT", false, List.of("gold"));
        String alice = tenant.createStaff(admin, "alice");
        String subject = Keycloak.get().subjectOf("alice");
        for (String provider : List.of(trusted, untrusted)) {
            as(admin)
                    .body(Map.of("staffId", alice, "subject", subject))
                    .post("/api/v1/sso/providers/" + provider + "/links")
                    .then()
                    .statusCode(201);
        }
        Authenticator totp = Authenticator.enrol(Tenants.login(tenant.slug(), "alice", Tenants.ADMIN_PASSWORD));

        OidcBrowser.Outcome viaTrusted = browser().signIn(tenant.slug(), trusted, "alice", "alice-password");
        assertThat(viaTrusted.location()).isEqualTo(CONSOLE);
        as(refresh(viaTrusted.refreshCookie())).get("/api/v1/me").then().body("amr", containsInAnyOrder("sso", "mfa"));

        OidcBrowser.Outcome viaUntrusted = browser().signIn(tenant.slug(), untrusted, "alice", "alice-password");
        assertThat(viaUntrusted.refreshCookie()).isNull();
        String challenge = viaUntrusted.fragment("sso-mfa").orElseThrow();
        String token = anonymous()
                .body(Map.of("mfaToken", challenge, "code", totp.code(1)))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        as(token).get("/api/v1/me").then().body("amr", containsInAnyOrder("sso", "otp"));
    }

    @Test
    void signInStillWorksAfterTheProviderRotatesItsKeys() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String providerId = provider(admin, "Rotating", "EMAIL", false, List.of());
        String erik = staffWithEmail(tenant, admin, "erik", "erik@sso.example");
        assertThat(browser()
                        .signIn(tenant.slug(), providerId, "erik", "erik-password")
                        .location())
                .isEqualTo(CONSOLE);
        List<String> before = Keycloak.get().publishedKeyIds();

        Keycloak.get().rotateKeys();

        assertThat(Keycloak.get().publishedKeyIds()).doesNotContainAnyElementsOf(before);
        OidcBrowser.Outcome after = browser().signIn(tenant.slug(), providerId, "erik", "erik-password");
        assertThat(after.location()).isEqualTo(CONSOLE);
        as(refresh(after.refreshCookie())).get("/api/v1/me").then().body("id", equalTo(erik));
    }

    @Test
    void aStateWorksOnceOnlyInTheBrowserThatBeganItAndAnUnknownOneNever() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String providerId = provider(admin, "Keycloak", "EMAIL", false, List.of());
        staffWithEmail(tenant, admin, "erik", "erik@sso.example");

        OidcBrowser browser = browser();
        URI callback = browser.toProvider(tenant.slug(), providerId, "erik", "erik-password");
        OidcBrowser.Outcome stolen = browser().back(callback); // another browser, without the binding cookie
        assertThat(stolen.fragment("sso-error")).contains("state-invalid");
        assertThat(browser.back(callback).fragment("sso-error")).contains("state-invalid"); // used up by that try

        OidcBrowser fresh = browser();
        URI next = fresh.toProvider(tenant.slug(), providerId, "erik", "erik-password");
        assertThat(fresh.back(next).location()).isEqualTo(CONSOLE);
        assertThat(fresh.back(next).fragment("sso-error")).contains("state-invalid"); // replayed

        URI unknown =
                URI.create(baseUri() + "/api/v1/auth/sso/callback?code=x&state=" + tenant.id() + "." + "A".repeat(43));
        assertThat(fresh.back(unknown).fragment("sso-error")).contains("state-invalid");
    }

    @Test
    void anSsoOnlyTenantRefusesPasswordsButToItsEmergencyAdmin() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String providerId = provider(admin, "Keycloak", "EMAIL", false, List.of());
        tenant.createStaff(admin, "clerk");
        as(admin).get("/api/v1/sso/policy").then().statusCode(200).header("ETag", equalTo("\"0\""));

        as(admin)
                .header("If-Match", "\"0\"")
                .body(Map.of("ssoOnly", true, "emergencyAdmins", List.of(tenant.adminId())))
                .put("/api/v1/sso/policy")
                .then()
                .statusCode(200)
                .body("ssoOnly", equalTo(true));

        anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "clerk", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://custos.io/problems/sso-required"));
        Tenants.login(tenant.slug(), "admin", Tenants.ADMIN_PASSWORD);
        anonymous()
                .queryParam("tenant", tenant.slug())
                .get("/api/v1/auth/sso/providers")
                .then()
                .statusCode(200)
                .body("passwordLogin", equalTo(false))
                .body("providers.id", contains(providerId))
                .body("providers[0].name", equalTo("Keycloak"));
        as(admin)
                .queryParam("action", "tenant.settings.update")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body(
                        "items[0].details.after",
                        equalTo(Map.of("sso.emergencyAdmins", List.of(tenant.adminId()), "sso.required", true)));
    }

    @Test
    void theTenantConfigurationMakesTheTenantSsoOnlyAndNamesItsEmergencyAdminsByUsername() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String yaml = "sso:\n  ssoOnly: true\n  emergencyAdmins: [admin]\n";
        as(admin)
                .contentType("application/yaml")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body("changes.section", contains("sso"));
        as(admin)
                .get("/api/v1/sso/policy")
                .then()
                .body("ssoOnly", equalTo(true))
                .body("emergencyAdmins", contains(tenant.adminId()));
        as(admin)
                .contentType("application/yaml")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body("changes", empty());
        as(admin)
                .contentType("application/yaml")
                .body("sso:\n  emergencyAdmins: [nobody]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anotherTenantsProviderIsNotFound() {
        var tenant = tenants.onboard();
        var other = tenants.onboard();
        String providerId = provider(tenant.adminMfaToken(), "Keycloak", "EMAIL", false, List.of());
        String otherAdmin = other.adminMfaToken();
        as(otherAdmin).get("/api/v1/sso/providers/" + providerId).then().statusCode(404);
        as(otherAdmin).delete("/api/v1/sso/providers/" + providerId).then().statusCode(404);
        as(otherAdmin)
                .body(Map.of("staffId", other.adminId(), "subject", "x"))
                .post("/api/v1/sso/providers/" + providerId + "/links")
                .then()
                .statusCode(404);
        as(otherAdmin).get("/api/v1/sso/providers").then().body("items.id", not(hasItem(providerId)));
        anonymous()
                .get("/api/v1/auth/sso/" + other.slug() + "/" + providerId + "/start")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        anonymous()
                .queryParam("tenant", other.slug())
                .get("/api/v1/auth/sso/providers")
                .then()
                .body("providers", empty());
    }

    @Test
    void theClientSecretIsNeverShownAndAProviderThatCannotBeDiscoveredIsRefused() {
        var tenant = tenants.onboard();
        String admin = tenant.adminMfaToken();
        String providerId = provider(admin, "Keycloak", "EMAIL", false, List.of("1"));
        as(admin)
                .get("/api/v1/sso/providers/" + providerId)
                .then()
                .statusCode(200)
                .body("clientId", equalTo(Keycloak.CLIENT_ID))
                .body("redirectUri", equalTo(ItEnvironment.PUBLIC_URL + "/api/v1/auth/sso/callback"))
                .body("scopes", hasItems("openid", "email"))
                .body("$", not(org.hamcrest.Matchers.hasKey("clientSecret")));
        Map<String, Object> body = providerBody("Nowhere", "EMAIL", false, List.of());
        body.put("issuer", "http://127.0.0.1:1/realms/none");
        as(admin)
                .body(body)
                .post("/api/v1/sso/providers")
                .then()
                .statusCode(502)
                .contentType("application/problem+json");
    }

    private String baseUri() {
        return io.restassured.RestAssured.baseURI;
    }

    private OidcBrowser browser() {
        return new OidcBrowser(baseUri());
    }

    private static String provider(String admin, String name, String matchBy, boolean createStaff, List<String> acr) {
        return as(admin)
                .body(providerBody(name, matchBy, createStaff, acr))
                .post("/api/v1/sso/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> providerBody(
            String name, String matchBy, boolean createStaff, List<String> acr) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("issuer", Keycloak.get().issuer());
        body.put("clientId", Keycloak.CLIENT_ID);
        body.put("clientSecret", Keycloak.CLIENT_SECRET);
        body.put("matchBy", matchBy);
        body.put("createStaff", createStaff);
        body.put("trustedAcr", acr);
        return body;
    }

    private static String staffWithEmail(Tenants.Onboarded tenant, String admin, String username, String email) {
        return as(admin)
                .body(Map.of("username", username, "email", email, "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String refresh(String cookie) {
        assertThat(cookie).as("the refresh cookie of a new session").isNotNull();
        return anonymous()
                .header("Cookie", "custos_refresh=" + cookie)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }
}
