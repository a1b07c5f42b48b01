package io.custos.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolesIT extends ItBase {

    @Test
    void aTenantCopiesABuiltInRoleAndChangesTheCopy() {
        var tenant = tenants.onboard();
        String associate = as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'SALES_ASSOCIATE' }.id");
        String builtInEtag = as(tenant.adminToken())
                .get("/api/v1/roles/" + associate)
                .then()
                .extract()
                .header("ETag");
        as(tenant.adminToken())
                .header("If-Match", builtInEtag)
                .body(Map.of("name", "SALES_ASSOCIATE", "permissions", List.of("customer.read")))
                .put("/api/v1/roles/" + associate)
                .then()
                .statusCode(409);

        String copy = tenant.createRole(tenant.adminToken(), "Senior associate", "customer.read", "customer.create");
        String etag = as(tenant.adminToken())
                .get("/api/v1/roles/" + copy)
                .then()
                .extract()
                .header("ETag");
        as(tenant.adminToken())
                .header("If-Match", etag)
                .body(Map.of("name", "Senior associate", "permissions", List.of("customer.read", "consent.read")))
                .put("/api/v1/roles/" + copy)
                .then()
                .statusCode(200)
                .body("permissions", containsInAnyOrder("customer.read", "consent.read"))
                .body("builtIn", equalTo(false));
        as(tenant.adminToken())
                .header("If-Match", etag)
                .body(Map.of("name", "Stale", "permissions", List.of("customer.read")))
                .put("/api/v1/roles/" + copy)
                .then()
                .statusCode(412);
    }

    @Test
    void unknownPermissionsAndDuplicateNamesAreRefused() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .body(Map.of("name", "Odd", "permissions", List.of("customer.teleport")))
                .post("/api/v1/roles")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("permissions"));
        tenant.createRole(tenant.adminToken(), "Twice", "customer.read");
        as(tenant.adminToken())
                .body(Map.of("name", "Twice", "permissions", List.of("customer.read")))
                .post("/api/v1/roles")
                .then()
                .statusCode(409);
    }

    @Test
    void addingAPermissionNobodyGaveYouIsAnEscalation() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String managers = tenant.createRole(tenant.adminToken(), "Role managers", "role.manage");
        String mo = tenant.createStaff(tenant.adminToken(), "moe");
        tenant.grantTenantWide(mfa, mo, managers);
        String moToken = Tenants.login(tenant.slug(), "moe", Tenants.ADMIN_PASSWORD);
        String role = tenant.createRole(moToken, "Helpers", "role.manage");
        String etag = as(moToken).get("/api/v1/roles/" + role).then().extract().header("ETag");
        as(moToken)
                .header("If-Match", etag)
                .body(Map.of("name", "Helpers", "permissions", List.of("role.manage", "customer.export")))
                .put("/api/v1/roles/" + role)
                .then()
                .statusCode(403);
    }
}
