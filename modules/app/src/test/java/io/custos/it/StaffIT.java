package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffIT extends ItBase {

    @Test
    void anAdminCreatesAStaffMemberWhoCanLogIn() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .body(Map.of(
                        "username", "ana.lopez",
                        "email", "ana@example.com",
                        "password", Tenants.ADMIN_PASSWORD,
                        "displayName", "Ana López"))
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("username", equalTo("ana.lopez"))
                .body("displayName", equalTo("Ana López"))
                .body("status", equalTo("ACTIVE"))
                .body("mfaEnabled", equalTo(false));
        assertThat(Tenants.login(tenant.slug(), "ana.lopez", Tenants.ADMIN_PASSWORD))
                .isNotBlank();
    }

    @Test
    void aDuplicateUsernameIsAConflictAndAWeakPasswordIsNamed() {
        var tenant = tenants.onboard();
        tenant.createStaff(tenant.adminToken(), "bob");
        as(tenant.adminToken())
                .body(Map.of("username", "bob", "email", "bob2@example.com"))
                .post("/api/v1/staff")
                .then()
                .statusCode(409);
        as(tenant.adminToken())
                .body(Map.of("username", "cyd", "email", "cyd@example.com", "password", "short"))
                .post("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        var tenant = tenants.onboard();
        String id = tenant.createStaff(tenant.adminToken(), "dee");
        String etag = as(tenant.adminToken())
                .get("/api/v1/staff/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(tenant.adminToken())
                .body(Map.of("displayName", "Dee"))
                .patch("/api/v1/staff/" + id)
                .then()
                .statusCode(428);
        as(tenant.adminToken())
                .header("If-Match", etag)
                .body(Map.of("displayName", "Dee"))
                .patch("/api/v1/staff/" + id)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Dee"));
        as(tenant.adminToken())
                .header("If-Match", etag)
                .body(Map.of("displayName", "Stale"))
                .patch("/api/v1/staff/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        String name = as(tenant.adminToken())
                .get("/api/v1/staff/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("displayName");
        assertThat(name).as("the stale update left nothing behind").isEqualTo("Dee");
    }

    @Test
    void aSuspendedStaffMembersTokenStopsWorkingOnTheNextRequest() {
        var tenant = tenants.onboard();
        String id = tenant.createStaff(tenant.adminToken(), "eve");
        String token = Tenants.login(tenant.slug(), "eve", Tenants.ADMIN_PASSWORD);
        as(token).get("/api/v1/permissions").then().statusCode(200);

        as(tenant.adminToken())
                .post("/api/v1/staff/" + id + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));

        as(token).get("/api/v1/permissions").then().statusCode(401);
        anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "eve", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
    }

    @Test
    void offboardingRevokesEveryGrant() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String id = tenant.createStaff(tenant.adminToken(), "fay");
        String role = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String grant = tenant.grantTenantWide(mfa, id, role);

        as(tenant.adminToken())
                .post("/api/v1/staff/" + id + "/offboard")
                .then()
                .statusCode(200)
                .body("status", equalTo("OFFBOARDED"));

        as(mfa).get("/api/v1/grants/" + grant).then().statusCode(200).body("status", equalTo("REVOKED"));
        as(tenant.adminToken()).post("/api/v1/staff/" + id + "/suspend").then().statusCode(409);
    }

    @Test
    void theLastActiveTenantAdminCannotBeRemoved() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .post("/api/v1/staff/" + tenant.adminId() + "/suspend")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://custos.io/problems/last-tenant-admin"));
        as(tenant.adminToken())
                .post("/api/v1/staff/" + tenant.adminId() + "/offboard")
                .then()
                .statusCode(409);
        String status = as(tenant.adminToken())
                .get("/api/v1/staff/" + tenant.adminId())
                .then()
                .statusCode(200)
                .extract()
                .path("status");
        assertThat(status).isEqualTo("ACTIVE");
    }

    @Test
    void anotherTenantsStaffAreNotFound() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        String id = a.createStaff(a.adminToken(), "gus");
        as(b.adminToken()).get("/api/v1/staff/" + id).then().statusCode(404);
        as(b.adminToken())
                .header("If-Match", "\"0\"")
                .body(Map.of("displayName", "x"))
                .patch("/api/v1/staff/" + id)
                .then()
                .statusCode(404);
        as(b.adminToken()).post("/api/v1/staff/" + id + "/suspend").then().statusCode(404);
        as(a.adminToken()).get("/api/v1/staff/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
