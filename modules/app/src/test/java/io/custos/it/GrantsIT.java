package io.custos.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantsIT extends ItBase {

    @Test
    void grantingNeedsASecondFactor() {
        var tenant = tenants.onboard();
        String staff = tenant.createStaff(tenant.adminToken(), "ann");
        String role = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        as(tenant.adminToken())
                .body(grant(staff, role, Map.of("type", "TENANT")))
                .post("/api/v1/grants")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
    }

    @Test
    void aRevocationHoldsOnTheNextRequest() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String staff = tenant.createStaff(tenant.adminToken(), "ben");
        String role = tenant.createRole(tenant.adminToken(), "Staff admins", "staff.manage");
        String grant = tenant.grantTenantWide(mfa, staff, role);
        String token = Tenants.login(tenant.slug(), "ben", Tenants.ADMIN_PASSWORD);
        as(token).get("/api/v1/staff").then().statusCode(200);

        as(mfa).body(Map.of("reason", "moved teams"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        as(mfa).get("/api/v1/grants/" + grant)
                .then()
                .statusCode(200)
                .body("revokedBy", equalTo(tenant.adminId()))
                .body("revocationReason", equalTo("moved teams"))
                .body("revokedAt", notNullValue());

        as(token).get("/api/v1/staff").then().statusCode(403).body("gate", equalTo("grant"));
        as(mfa).body(Map.of("reason", "again"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(409);
    }

    @Test
    void aFutureGrantGivesNothingYetAndNoneIsBackdated() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String role = tenant.createRole(tenant.adminToken(), "Staff admins", "staff.manage");
        String later = tenant.createStaff(tenant.adminToken(), "cat");
        String past = tenant.createStaff(tenant.adminToken(), "dan");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        as(mfa).body(grant(later, role, Map.of("type", "TENANT"), now.plus(1, ChronoUnit.DAYS), null))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"));
        // A grant starts now or later: a backdated one would make the trail say what never was.
        as(mfa).body(grant(
                        past,
                        role,
                        Map.of("type", "TENANT"),
                        now.minus(2, ChronoUnit.DAYS),
                        now.minus(1, ChronoUnit.DAYS)))
                .post("/api/v1/grants")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("validFrom"));

        as(Tenants.login(tenant.slug(), "cat", Tenants.ADMIN_PASSWORD))
                .get("/api/v1/staff")
                .then()
                .statusCode(403);
        as(Tenants.login(tenant.slug(), "dan", Tenants.ADMIN_PASSWORD))
                .get("/api/v1/staff")
                .then()
                .statusCode(403);
        as(mfa).queryParam("status", "PENDING")
                .get("/api/v1/grants")
                .then()
                .statusCode(200)
                .body("items.staffId", contains(later))
                .body("items.status", contains("PENDING"));
    }

    @Test
    void nobodyGrantsToThemselves() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String role = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        as(mfa).body(grant(tenant.adminId(), role, Map.of("type", "TENANT")))
                .post("/api/v1/grants")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://custos.io/problems/self-grant"));
    }

    @Test
    void nobodyGrantsMoreThanTheyHold() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String granter = tenant.createStaff(tenant.adminToken(), "eli");
        String other = tenant.createStaff(tenant.adminToken(), "fox");
        String delegates = tenant.createRole(tenant.adminToken(), "Delegates", "grant.manage", "customer.read");
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String exporters = tenant.createRole(tenant.adminToken(), "Exporters", "customer.export");
        tenant.grantTenantWide(mfa, granter, delegates);
        String granterMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "eli", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "eli", Tenants.ADMIN_PASSWORD);

        as(granterMfa)
                .body(grant(other, exporters, Map.of("type", "TENANT")))
                .post("/api/v1/grants")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://custos.io/problems/escalation"));
        as(granterMfa)
                .body(grant(other, readers, Map.of("type", "TENANT")))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .body("grantedBy", equalTo(granter));
    }

    @Test
    void nobodyGrantsForLongerThanTheyHold() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String granter = tenant.createStaff(tenant.adminToken(), "gil");
        String other = tenant.createStaff(tenant.adminToken(), "hal");
        String delegates = tenant.createRole(tenant.adminToken(), "Delegates", "grant.manage", "customer.read");
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant granterUntil = now.plus(1, ChronoUnit.DAYS);
        as(mfa).body(grant(granter, delegates, Map.of("type", "TENANT"), now, granterUntil))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);
        String granterMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "gil", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "gil", Tenants.ADMIN_PASSWORD);

        as(granterMfa)
                .body(grant(other, readers, Map.of("type", "TENANT")))
                .post("/api/v1/grants")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://custos.io/problems/escalation"))
                .body("detail", org.hamcrest.Matchers.containsString("only until"));
        as(granterMfa)
                .body(grant(other, readers, Map.of("type", "TENANT"), now, granterUntil.plus(1, ChronoUnit.HOURS)))
                .post("/api/v1/grants")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://custos.io/problems/escalation"));
        as(granterMfa)
                .body(grant(other, readers, Map.of("type", "TENANT"), now, granterUntil))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .body("validUntil", equalTo(granterUntil.toString()));
    }

    @Test
    void theLastTenantAdminGrantCannotBeRevoked() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String adminGrant = as(mfa).queryParam("staffId", tenant.adminId())
                .get("/api/v1/grants")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        as(mfa).body(Map.of("reason", "leaving"))
                .post("/api/v1/grants/" + adminGrant + "/revoke")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://custos.io/problems/last-tenant-admin"));
    }

    @Test
    void badGrantsAreNamed() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String staff = tenant.createStaff(tenant.adminToken(), "gil");
        String role = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        as(mfa).body(grant(staff, role, Map.of("type", "STORE")))
                .post("/api/v1/grants")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scope.id"));
        as(mfa).body(grant(staff, role, Map.of("type", "TEAM", "id", "no-such-team")))
                .post("/api/v1/grants")
                .then()
                .statusCode(400);
        as(mfa).body(grant("no-such-staff", role, Map.of("type", "TENANT")))
                .post("/api/v1/grants")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("staffId"));
    }

    @Test
    void anotherTenantsGrantsAndRolesAreNotFound() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        String aMfa = a.adminMfaToken();
        String bMfa = b.adminMfaToken();
        String staff = a.createStaff(a.adminToken(), "hal");
        String role = a.createRole(a.adminToken(), "Readers", "customer.read");
        String grant = a.grantTenantWide(aMfa, staff, role);

        as(bMfa).get("/api/v1/grants/" + grant).then().statusCode(404);
        as(bMfa).body(Map.of("reason", "x"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(404);
        as(b.adminToken()).get("/api/v1/roles/" + role).then().statusCode(404);
        as(bMfa).body(grant(staff, role, Map.of("type", "TENANT")))
                .post("/api/v1/grants")
                .then()
                .statusCode(400);
        as(aMfa).get("/api/v1/grants/" + grant).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    static Map<String, Object> grant(String staffId, String roleId, Map<String, String> scope) {
        return Map.of("staffId", staffId, "roleId", roleId, "scope", scope, "reason", "test");
    }

    static Map<String, Object> grant(
            String staffId, String roleId, Map<String, String> scope, Instant from, Instant until) {
        var body = new java.util.HashMap<String, Object>(grant(staffId, roleId, scope));
        body.put("validFrom", from.toString());
        if (until != null) {
            body.put("validUntil", until.toString());
        }
        return body;
    }
}
