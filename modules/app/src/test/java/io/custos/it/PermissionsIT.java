package io.custos.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

class PermissionsIT extends ItBase {

    @Test
    void theCatalogueListsEveryPermissionWithItsSensitivity() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .get("/api/v1/permissions")
                .then()
                .statusCode(200)
                .body("items", hasSize(25))
                .body(
                        "items.findAll { it.sensitive }.name",
                        hasItems(
                                "customer.read.sensitive",
                                "customer.export",
                                "customer.delete",
                                "customer.transfer",
                                "grant.manage",
                                "access-review.run",
                                "audit.read",
                                "privacy-request.handle",
                                "tenant.manage",
                                "break-glass.use",
                                "breach.manage"))
                .body(
                        "items.findAll { !it.sensitive }.name",
                        hasItems("customer.read", "staff.manage", "training.author", "training.report"));
    }

    @Test
    void builtInRolesExistForEveryNewTenant() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .statusCode(200)
                .body(
                        "items.name",
                        hasItems(
                                "TENANT_ADMIN",
                                "PRIVACY_OFFICER",
                                "REGION_MANAGER",
                                "REGIONAL_ADMIN",
                                "STORE_MANAGER",
                                "SALES_ASSOCIATE",
                                "ANALYST",
                                "AUDITOR"))
                .body("items.findAll { it.name == 'ANALYST' }[0].permissions", hasItems("insights.aggregate"))
                .body(
                        "items.findAll { it.name == 'REGIONAL_ADMIN' }[0].permissions",
                        containsInAnyOrder("staff.manage", "grant.manage", "access-review.run"));
    }
}
