package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MfaIT extends ItBase {

    @Test
    void enrolmentGivesAnOtpauthUriAndConfirmationGivesRecoveryCodes() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .post("/api/v1/me/mfa/totp")
                .then()
                .statusCode(201)
                .body("secret", matchesPattern("[A-Z2-7]{32}"))
                .body(
                        "otpauthUri",
                        matchesPattern("otpauth://totp/Custos%3A" + tenant.slug()
                                + "%3Aadmin\\?secret=[A-Z2-7]{32}&issuer=Custos&algorithm=SHA1&digits=6&period=30"));
        as(tenant.adminToken())
                .body(Map.of("code", "000000"))
                .post("/api/v1/me/mfa/totp/confirm")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));

        Authenticator authenticator = Authenticator.enrol(tenant.adminToken());
        assertThat(authenticator.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        as(tenant.adminToken()).get("/api/v1/staff/" + tenant.adminId()).then().body("mfaEnabled", equalTo(true));
        as(tenant.adminToken()).post("/api/v1/me/mfa/totp").then().statusCode(409);
    }

    @Test
    void loginBecomesTwoStepAndTheTokenRecordsTheSecondFactor() {
        var tenant = tenants.onboard();
        Authenticator authenticator = Authenticator.enrol(tenant.adminToken());
        var first = anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("mfaRequired", equalTo(true))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("accessToken")))
                .extract();
        String mfaToken = first.path("mfaToken");
        as(mfaToken).get("/api/v1/permissions").then().statusCode(401);

        anonymous()
                .body(Map.of("mfaToken", mfaToken, "code", "123456"))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(401);
        String code = authenticator.code(1);
        String token = anonymous()
                .body(Map.of("mfaToken", mfaToken, "code", code))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        assertThat(claims(token)).contains("\"amr\":[\"pwd\",\"otp\"]").doesNotContain("permissions");

        // the same code again: each step is usable once
        anonymous()
                .body(Map.of("mfaToken", mfaToken, "code", code))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(401);
    }

    @Test
    void aRecoveryCodeStandsInForTheCodeOnce() {
        var tenant = tenants.onboard();
        Authenticator authenticator = Authenticator.enrol(tenant.adminToken());
        String recovery = authenticator.recoveryCodes().get(0);
        for (int attempt = 0; attempt < 2; attempt++) {
            String mfaToken = anonymous()
                    .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("mfaToken");
            anonymous()
                    .body(Map.of("mfaToken", mfaToken, "code", recovery))
                    .post("/api/v1/auth/mfa")
                    .then()
                    .statusCode(attempt == 0 ? 200 : 401);
        }
    }

    @Test
    void aPasswordOnlySessionIsRefusedSensitivePermissions() {
        var tenant = tenants.onboard();
        as(tenant.adminToken()).get("/api/v1/grants").then().statusCode(403).body("gate", equalTo("mfa"));
        as(tenant.adminMfaToken()).get("/api/v1/grants").then().statusCode(200).body("items", hasSize(1));
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void anAdminResetsAnotherStaffMembersLostSecondFactorButNotTheirOwn() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String clerk = tenant.createStaff(tenant.adminToken(), "lost-phone");
        Authenticator phone = Authenticator.enrol(Tenants.login(tenant.slug(), "lost-phone", Tenants.ADMIN_PASSWORD));
        String clerkMfa = phone.login(tenant.slug(), "lost-phone", Tenants.ADMIN_PASSWORD);
        as(clerkMfa).get("/api/v1/me").then().statusCode(200).body("mfaEnabled", equalTo(true));

        as(tenant.adminToken())
                .body(Map.of("reason", "phone lost"))
                .post("/api/v1/staff/" + clerk + "/mfa-reset")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
        as(mfa).body(Map.of())
                .post("/api/v1/staff/" + clerk + "/mfa-reset")
                .then()
                .statusCode(400);
        as(mfa).body(Map.of("reason", "me"))
                .post("/api/v1/staff/" + tenant.adminId() + "/mfa-reset")
                .then()
                .statusCode(403)
                .body("gate", equalTo("grant"));
        as(tenants.onboard().adminMfaToken())
                .body(Map.of("reason", "not mine"))
                .post("/api/v1/staff/" + clerk + "/mfa-reset")
                .then()
                .statusCode(404);

        as(mfa).body(Map.of("reason", "phone lost"))
                .post("/api/v1/staff/" + clerk + "/mfa-reset")
                .then()
                .statusCode(200)
                .body("mfaEnabled", equalTo(false));

        // Their sessions have ended; the password alone signs them in again, to enrol anew.
        as(clerkMfa).get("/api/v1/me").then().statusCode(401);
        String again = anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "lost-phone", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("mfaRequired", org.hamcrest.Matchers.nullValue())
                .extract()
                .path("accessToken");
        as(again).get("/api/v1/me").then().statusCode(200).body("mfaEnabled", equalTo(false));
        Authenticator.enrol(again);
        as(mfa).body(Map.of("reason", "twice"))
                .post("/api/v1/staff/" + tenant.createStaff(tenant.adminToken(), "no-phone") + "/mfa-reset")
                .then()
                .statusCode(409);
        as(mfa).queryParam("action", "mfa.reset")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", org.hamcrest.Matchers.contains(clerk))
                .body("items[0].details.reason", equalTo("phone lost"));
    }
}
