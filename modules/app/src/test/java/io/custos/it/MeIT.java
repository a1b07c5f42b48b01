package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
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
    void eachPermissionNamesTheScopesItReachesAndTheGrantGivingItUntilWhen() {
        var tenant = tenants.onboard();
        var other = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String north = as(mfa).body(Map.of("code", "NORTH", "name", "North"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String hamburg = store(mfa, "HAM", "DE", north);
        String ivy = tenant.createStaff(tenant.adminToken(), "ivy");
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String updaters = tenant.createRole(tenant.adminToken(), "Updaters", "customer.read", "customer.update");
        String creators = tenant.createRole(tenant.adminToken(), "Creators", "customer.create");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant until = now.plus(30, ChronoUnit.DAYS);
        Instant sooner = now.plus(10, ChronoUnit.DAYS);
        Map<String, String> region = Map.of("type", "REGION", "id", north);
        String regionReader = grant(mfa, ivy, readers, region, null, until);
        String regionUpdater = grant(mfa, ivy, updaters, region, null, sooner);
        String storeUpdater = grant(mfa, ivy, updaters, Map.of("type", "STORE", "id", hamburg), null, null);
        String ownUpdater = grant(mfa, ivy, updaters, Map.of("type", "OWN"), null, null);
        grant(mfa, ivy, creators, Map.of("type", "TENANT"), now.plus(1, ChronoUnit.DAYS), null);
        String ivyToken = Tenants.login(tenant.slug(), "ivy", Tenants.ADMIN_PASSWORD);

        JsonPath me = as(ivyToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("permissions", contains("customer.read", "customer.update"))
                .body("effectivePermissions.permission", contains("customer.read", "customer.update"))
                .extract()
                .jsonPath();
        String read = "effectivePermissions.find { it.permission == 'customer.read' }.scopes";
        assertThat(me.getList(read + ".type"))
                .as("widest first; a grant not yet started is left out")
                .containsExactly("REGION", "STORE", "OWN");
        // two grants reach the region for customer.read: the one lasting longer shows
        assertThat(me.getMap(read + "[0]"))
                .containsEntry("id", north)
                .containsEntry("code", "NORTH")
                .containsEntry("grantId", regionReader)
                .containsEntry("roleName", "Readers")
                .containsEntry("validUntil", until.toString());
        assertThat(me.getMap(read + "[1]"))
                .containsEntry("id", hamburg)
                .containsEntry("code", "HAM")
                .containsEntry("grantId", storeUpdater);
        assertThat(me.getString(read + "[1].validUntil")).as("open-ended").isNull();
        assertThat(me.getString(read + "[2].grantId")).isEqualTo(ownUpdater);
        assertThat(me.getString(read + "[2].id")).isNull();
        String update = "effectivePermissions.find { it.permission == 'customer.update' }.scopes";
        assertThat(me.getList(update + ".grantId")).containsExactly(regionUpdater, storeUpdater, ownUpdater);
        assertThat(me.getString(update + "[0].validUntil")).isEqualTo(sooner.toString());

        as(mfa).body(Map.of("reason", "moved north"))
                .post("/api/v1/grants/" + regionReader + "/revoke")
                .then()
                .statusCode(200);
        as(ivyToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body(read + "[0].grantId", equalTo(regionUpdater))
                .body(read + "[0].validUntil", equalTo(sooner.toString()));

        // another tenant's admin sees only their own tenant-wide reach
        JsonPath theirs = as(other.adminToken())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(theirs.getList("effectivePermissions.scopes.flatten().type")).containsOnly("TENANT");
        assertThat(theirs.getList("effectivePermissions.scopes.flatten().grantId"))
                .doesNotContain(regionReader, storeUpdater);
    }

    private static String grant(
            String mfa, String staffId, String roleId, Map<String, String> scope, Instant from, Instant until) {
        var body = new java.util.HashMap<String, Object>(
                Map.of("staffId", staffId, "roleId", roleId, "scope", scope, "reason", "test"));
        if (from != null) {
            body.put("validFrom", from.toString());
        }
        if (until != null) {
            body.put("validUntil", until.toString());
        }
        return as(mfa).body(body)
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
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
