package io.custos.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LockoutIT extends ItBase {

    private static final int FREE_FAILURES = 5;

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        var tenant = tenants.onboard();
        for (int i = 0; i < FREE_FAILURES; i++) {
            login(tenant.slug(), "admin", "Wrong-Password-" + i + "-xyz").then().statusCode(401);
        }
        login(tenant.slug(), "admin", Tenants.ADMIN_PASSWORD)
                .then()
                .statusCode(423)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("https://custos.io/problems/account-locked"));
    }

    @Test
    void unknownAccountsLockAlikeSoLockoutRevealsNothing() {
        var tenant = tenants.onboard();
        for (int i = 0; i < FREE_FAILURES; i++) {
            login(tenant.slug(), "nobody", "Wrong-Password-" + i + "-xyz")
                    .then()
                    .statusCode(401);
            login("no-such-chain-" + tenant.slug(), "admin", "Wrong-Password-" + i + "-xyz")
                    .then()
                    .statusCode(401);
        }
        login(tenant.slug(), "nobody", Tenants.ADMIN_PASSWORD).then().statusCode(423);
        login("no-such-chain-" + tenant.slug(), "admin", Tenants.ADMIN_PASSWORD)
                .then()
                .statusCode(423);
        // another account of the same chain is unaffected
        login(tenant.slug(), "admin", Tenants.ADMIN_PASSWORD).then().statusCode(200);
    }

    @Test
    void secondFactorFailuresCountToo() {
        var tenant = tenants.onboard();
        Authenticator.enrol(tenant.adminToken());
        for (int i = 0; i < FREE_FAILURES; i++) {
            String mfaToken = login(tenant.slug(), "admin", Tenants.ADMIN_PASSWORD)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("mfaToken");
            anonymous()
                    .body(Map.of("mfaToken", mfaToken, "code", "000000"))
                    .post("/api/v1/auth/mfa")
                    .then()
                    .statusCode(401);
        }
        login(tenant.slug(), "admin", Tenants.ADMIN_PASSWORD).then().statusCode(423);
    }

    private static io.restassured.response.Response login(String slug, String username, String password) {
        return anonymous()
                .body(Map.of("tenant", slug, "username", username, "password", password))
                .post("/api/v1/auth/login");
    }
}
