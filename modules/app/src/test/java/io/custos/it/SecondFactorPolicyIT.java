package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tenant's second-factor policy (`mfa.policy`) and freshness windows, as every decision applies them. */
class SecondFactorPolicyIT extends ItBase {

    private static void settings(String mfa, Map<String, Object> mfaGroup) {
        String etag = as(mfa).get("/api/v1/tenant-settings")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(mfa).contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("mfa", mfaGroup))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse login(String slug, String username) {
        return anonymous()
                .body(Map.of("tenant", slug, "username", username, "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
    }

    @Test
    void underAllStaffMustEnrolBeforeAnythingElseAndThenMayWork() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String clerk = tenant.createStaff(tenant.adminToken(), "cleo");
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "staff.manage");
        tenant.grantTenantWide(mfa, clerk, readers);
        login(tenant.slug(), "cleo").body("mfaEnrolmentRequired", nullValue());

        settings(mfa, Map.of("policy", "ALL"));

        String token = login(tenant.slug(), "cleo")
                .body("mfaEnrolmentRequired", equalTo(true))
                .extract()
                .path("accessToken");
        as(token)
                .get("/api/v1/staff")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"))
                .body("detail", startsWith("this store chain requires a second factor of all its staff"))
                .header("WWW-Authenticate", startsWith("Bearer error=\"insufficient_user_authentication\""));
        as(token).get("/api/v1/me").then().statusCode(200);
        Authenticator.enrol(token);
        // Enrolled in this very session: what needs no second factor in the session works at once.
        as(token).get("/api/v1/staff").then().statusCode(200);

        settings(mfa, Map.of("policy", "OFF"));
        String other = tenant.createStaff(tenant.adminToken(), "dora");
        tenant.grantTenantWide(mfa, other, readers);
        String dora = login(tenant.slug(), "dora")
                .body("mfaEnrolmentRequired", nullValue())
                .extract()
                .path("accessToken");
        as(dora).get("/api/v1/staff").then().statusCode(200);
    }

    @Test
    void underSensitiveHoldersOnlyHoldersOfASensitivePermissionMustEnrol() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String reader = tenant.createStaff(tenant.adminToken(), "rea");
        String exporter = tenant.createStaff(tenant.adminToken(), "exa");
        tenant.grantTenantWide(mfa, reader, tenant.createRole(tenant.adminToken(), "Readers", "staff.manage"));
        tenant.grantTenantWide(
                mfa, exporter, tenant.createRole(tenant.adminToken(), "Exporters", "staff.manage", "customer.export"));
        settings(mfa, Map.of("policy", "SENSITIVE_HOLDERS"));

        String readerToken = login(tenant.slug(), "rea")
                .body("mfaEnrolmentRequired", nullValue())
                .extract()
                .path("accessToken");
        as(readerToken).get("/api/v1/staff").then().statusCode(200);
        String exporterToken = login(tenant.slug(), "exa")
                .body("mfaEnrolmentRequired", equalTo(true))
                .extract()
                .path("accessToken");
        as(exporterToken)
                .get("/api/v1/staff")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"))
                .body("detail", startsWith("this store chain requires a second factor of staff who hold sensitive"));
    }

    @Test
    void aFreshnessWindowAsksASecondFactorProvedWithinIt() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        // A window for a permission that is not sensitive: it now needs a second factor, and a recent one.
        settings(mfa, Map.of("freshnessMinutes", Map.of("staff.manage", 10)));
        as(tenant.adminToken()).get("/api/v1/staff").then().statusCode(403).body("gate", equalTo("mfa"));
        assertThat(as(mfa).get("/api/v1/staff").then().extract().statusCode())
                .as("a second factor proved a moment ago is within ten minutes")
                .isEqualTo(200);
        // Another tenant's settings change nothing here.
        var other = tenants.onboard();
        as(other.adminToken()).get("/api/v1/staff").then().statusCode(200);
    }
}
