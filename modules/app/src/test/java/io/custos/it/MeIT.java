package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MeIT extends ItBase {

    @Test
    void theCallerSeesTheirAccountTheirSessionAndThePermissionsTheyHold() {
        var tenant = tenants.onboard();
        String token = tenant.adminToken();
        JsonPath me = as(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(tenant.adminId()))
                .body("username", equalTo("admin"))
                .body("email", equalTo("admin@" + tenant.slug() + ".example"))
                .body("mfaEnabled", equalTo(false))
                .body("tenantId", equalTo(tenant.id()))
                .body("tenantSlug", equalTo(tenant.slug()))
                .body("amr", contains("pwd"))
                .body("permissions", hasItems("staff.manage", "grant.manage"))
                .extract()
                .jsonPath();
        assertThat(Instant.parse(me.getString("authTime")).getEpochSecond())
                .as("the session's sign-in time, as the token's auth_time says")
                .isEqualTo(claims(token).getLong("auth_time"));
        assertThat(me.getList("permissions", String.class)).isSorted().doesNotHaveDuplicates();

        as(tenant.adminMfaToken())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("mfaEnabled", equalTo(true))
                .body("amr", hasItems("pwd", "otp"));
    }

    @Test
    void aStaffMemberWithoutGrantsNeedsNoPermissionAndHoldsNone() {
        var tenant = tenants.onboard();
        var other = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String ivy = tenant.createStaff(tenant.adminToken(), "ivy");
        String ivyToken = Tenants.login(tenant.slug(), "ivy", Tenants.ADMIN_PASSWORD);
        as(ivyToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(ivy))
                .body("permissions", empty());

        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        tenant.grantTenantWide(mfa, ivy, readers);
        as(ivyToken).get("/api/v1/me").then().statusCode(200).body("permissions", contains("customer.read"));
        // another tenant's admin is themselves, not ivy
        as(other.adminToken())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(other.adminId()))
                .body("tenantId", equalTo(other.id()))
                .body("tenantSlug", equalTo(other.slug()));

        as(mfa).post("/api/v1/staff/" + ivy + "/suspend").then().statusCode(200);
        as(ivyToken).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void withoutAStaffTokenThereIsNobodyToDescribe() {
        anonymous().get("/api/v1/me").then().statusCode(401);
        operator().get("/api/v1/me").then().statusCode(401);
    }

    private static JsonPath claims(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
