package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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

    @Test
    void searchFindsTextInUsernameDisplayNameOrEmailIgnoringCaseAndPages() {
        var tenant = tenants.onboard();
        var other = tenants.onboard();
        String token = tenant.adminToken();
        String wil = create(token, "wil_hardy", "Wilhelmina Hardy", "wh@hardy.example");
        String rob = create(token, "rob", "Robert Quillfeather", "rob@shop.example");
        String pat = create(token, "pat", "Pat", "pat.QUILLFEATHER@shop.example");
        create(other.adminToken(), "quillfeather", "Quillfeather", "q@other.example");

        assertThat(search(token, "WILHELMINA")).containsExactly(wil);
        assertThat(search(token, "quillFEATHER")).containsExactlyInAnyOrder(rob, pat);
        assertThat(search(token, "SHOP.example")).containsExactlyInAnyOrder(rob, pat);
        // LIKE's wildcards are text like any other
        assertThat(search(token, "_")).containsExactly(wil);
        assertThat(search(token, "%")).isEmpty();
        assertThat(search(token, "  ")).hasSizeGreaterThanOrEqualTo(4);

        var first = as(token)
                .queryParam("q", "quillfeather")
                .queryParam("limit", 1)
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
        as(token)
                .queryParam("q", "quillfeather")
                .queryParam("limit", 1)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", not(equalTo(first.getString("items[0].id"))))
                .body("nextCursor", nullValue());

        as(token)
                .queryParam("q", "x".repeat(101))
                .get("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("q"));
    }

    private static String create(String token, String username, String displayName, String email) {
        return as(token)
                .body(Map.of("username", username, "displayName", displayName, "email", email))
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static java.util.List<String> search(String token, String q) {
        return as(token)
                .queryParam("q", q)
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }
}
