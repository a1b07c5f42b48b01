package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginIT extends ItBase {

    @Test
    void theAdminLogsInAndSeesTheirAccount() {
        var tenant = tenants.onboard();
        anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("accessToken", notNullValue())
                .body("expiresIn", greaterThan(0));
        as(tenant.adminToken())
                .get("/api/v1/staff/" + tenant.adminId())
                .then()
                .statusCode(200)
                .body("username", equalTo("admin"))
                .body("status", equalTo("ACTIVE"))
                .body("mfaEnabled", equalTo(false));
    }

    /** A token of one chain sent along to another's sign-in decides nothing (it once answered 500). */
    @Test
    void signingInToOneChainWithAnotherChainsTokenSentAlongSignsInToTheFirst() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        String staffOfB = as(a.adminToken())
                .body(Map.of("tenant", b.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        as(staffOfB).get("/api/v1/staff/" + b.adminId()).then().statusCode(200);
        as(staffOfB).get("/api/v1/staff/" + a.adminId()).then().statusCode(404);
        as(a.adminToken())
                .queryParam("tenant", b.slug())
                .get("/api/v1/auth/sso/providers")
                .then()
                .statusCode(200)
                .body("passwordLogin", equalTo(true));
    }

    @Test
    void unknownTenantUnknownUserAndWrongPasswordAnswerAlike() {
        var tenant = tenants.onboard();
        String wrongPassword = failedLogin(tenant.slug(), "admin", "Wrong-Password-123456");
        String unknownUser = failedLogin(tenant.slug(), "nobody", Tenants.ADMIN_PASSWORD);
        String unknownTenant = failedLogin("no-such-chain", "admin", Tenants.ADMIN_PASSWORD);
        assertThat(unknownUser).isEqualTo(wrongPassword);
        assertThat(unknownTenant).isEqualTo(wrongPassword);
    }

    @Test
    void aForgedOrGarbledTokenIsRefused() {
        var tenant = tenants.onboard();
        String token = tenant.adminToken();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        as(tampered).get("/api/v1/staff").then().statusCode(401).contentType("application/problem+json");
        as("garbage").get("/api/v1/staff").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/staff").then().statusCode(401).contentType("application/problem+json");
    }

    private static String failedLogin(String tenant, String username, String password) {
        var answer = anonymous()
                .body(Map.of("tenant", tenant, "username", username, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract();
        Map<String, Object> problem = answer.jsonPath().getMap("$");
        problem.remove("requestId");
        return problem.toString();
    }
}
