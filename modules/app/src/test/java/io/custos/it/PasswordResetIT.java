package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An admin's password reset (#19): a temporary password, shown once, that signs its holder in to
 * choose their own and for nothing else; never one's own, a region admin only in the region.
 */
class PasswordResetIT extends ItBase {

    private static final String RESTRICTED = "https://custos.io/problems/password-change-required";
    private static final String CHOSEN = "Quiet-Meadow-Compass-77";

    private record Chain(
            Tenants.Onboarded tenant,
            String adminMfa,
            String reggie,
            String reggiePasswordOnly,
            String reggieMfa,
            String ann,
            String bob) {}

    /** Regions Europe (store BER) and America (store NYC); reggie administers Europe; ann works in BER, bob in NYC. */
    private Chain chain() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String europe = region(mfa, "EU");
        String berlin = store(mfa, "BER", "DE", europe);
        String newYork = store(mfa, "NYC", "US", region(mfa, "AM"));
        String regionalAdmin = as(mfa).get("/api/v1/roles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'REGIONAL_ADMIN' }.id");
        String reggie = tenant.createStaff(mfa, "reggie", berlin);
        as(mfa).body(Map.of(
                        "staffId",
                        reggie,
                        "roleId",
                        regionalAdmin,
                        "scope",
                        Map.of("type", "REGION", "id", europe),
                        "reason",
                        "runs Europe"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);
        String passwordOnly = Tenants.login(tenant.slug(), "reggie", Tenants.ADMIN_PASSWORD);
        String reggieMfa = Authenticator.enrol(passwordOnly).login(tenant.slug(), "reggie", Tenants.ADMIN_PASSWORD);
        return new Chain(
                tenant,
                mfa,
                reggie,
                passwordOnly,
                reggieMfa,
                tenant.createStaff(mfa, "ann", berlin),
                tenant.createStaff(mfa, "bob", newYork));
    }

    private static io.restassured.response.Response reset(String token, String staffId) {
        return as(token).body(Map.of("reason", "forgotten")).post("/api/v1/staff/" + staffId + "/password-reset");
    }

    private static io.restassured.response.Response login(String slug, String username, String password) {
        return anonymous()
                .body(Map.of("tenant", slug, "username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    private static io.restassured.response.Response change(String token, String current, String chosen) {
        return as(token)
                .body(Map.of("currentPassword", current, "newPassword", chosen))
                .post("/api/v1/me/password");
    }

    @Test
    void aRegionAdminResetsAPasswordInTheRegionOnlyAndTheTemporaryOneOnlyChangesItself() {
        Chain c = chain();
        String slug = c.tenant().slug();
        reset(c.reggiePasswordOnly(), c.ann()).then().statusCode(403).body("gate", equalTo("mfa"));
        reset(c.reggieMfa(), c.reggie()).then().statusCode(403).body("gate", equalTo("grant"));
        reset(c.reggieMfa(), c.bob()).then().statusCode(404); // based in New York: outside Europe
        reset(tenants.onboard().adminMfaToken(), c.ann()).then().statusCode(404); // another tenant's
        as(c.reggieMfa())
                .body(Map.of())
                .post("/api/v1/staff/" + c.ann() + "/password-reset")
                .then()
                .statusCode(400);

        String annBefore = Tenants.login(slug, "ann", Tenants.ADMIN_PASSWORD);
        var answer = reset(c.reggieMfa(), c.ann())
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("staffId", equalTo(c.ann()))
                .body("sessionsEnded", equalTo(1))
                .body("temporaryPassword", matchesPattern("([A-Za-z2-9]{5}-){3}[A-Za-z2-9]{5}"))
                .extract();
        String temporary = answer.path("temporaryPassword");

        as(annBefore).get("/api/v1/me").then().statusCode(401); // her sessions ended
        login(slug, "ann", Tenants.ADMIN_PASSWORD).then().statusCode(401);
        String restricted = login(slug, "ann", temporary)
                .then()
                .statusCode(200)
                .body("passwordChangeRequired", equalTo(true))
                .extract()
                .path("accessToken");
        for (String path : java.util.List.of("/api/v1/me", "/api/v1/staff", "/api/v1/auth/sessions")) {
            as(restricted)
                    .get(path)
                    .then()
                    .statusCode(403)
                    .body("type", equalTo(RESTRICTED))
                    .body("detail", containsString("POST /api/v1/me/password"));
        }
        change(restricted, "not-the-password", CHOSEN)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        change(restricted, temporary, "short").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        change(restricted, temporary, CHOSEN).then().statusCode(204);

        // The session that changed it goes on, no longer restricted; the chosen password signs in fully.
        as(restricted).get("/api/v1/me").then().statusCode(200).body("username", equalTo("ann"));
        login(slug, "ann", temporary).then().statusCode(401);
        String full = login(slug, "ann", CHOSEN)
                .then()
                .statusCode(200)
                .body("passwordChangeRequired", nullValue())
                .extract()
                .path("accessToken");
        as(full).get("/api/v1/auth/sessions").then().statusCode(200);

        String trail = as(c.adminMfa())
                .queryParam("action", "staff.password-reset")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", hasItem(c.ann()))
                .body("items[0].actorId", equalTo(c.reggie()))
                .body("items[0].details.reason", equalTo("forgotten"))
                .extract()
                .asString();
        assertThat(trail).as("the trail never holds the password").doesNotContain(temporary);
        as(c.adminMfa())
                .queryParam("action", "staff.password-change")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].targetId", equalTo(c.ann()))
                .body("items[0].details.temporaryReplaced", equalTo(true));
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessions() {
        var tenant = tenants.onboard();
        tenant.createStaff(tenant.adminToken(), "carla");
        String here = Tenants.login(tenant.slug(), "carla", Tenants.ADMIN_PASSWORD);
        String elsewhere = Tenants.login(tenant.slug(), "carla", Tenants.ADMIN_PASSWORD);
        change(here, Tenants.ADMIN_PASSWORD, Tenants.ADMIN_PASSWORD)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        change(here, Tenants.ADMIN_PASSWORD, CHOSEN).then().statusCode(204);
        as(here).get("/api/v1/me").then().statusCode(200);
        as(elsewhere).get("/api/v1/me").then().statusCode(401);
        login(tenant.slug(), "carla", CHOSEN).then().statusCode(200).body("passwordChangeRequired", nullValue());
        as(tenant.adminMfaToken())
                .queryParam("action", "staff.password-change")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].details.temporaryReplaced", equalTo(false))
                .body("items[0].details.sessionsEnded", equalTo(1));
    }
}
