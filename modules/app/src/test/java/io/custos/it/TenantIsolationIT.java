package io.custos.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

class TenantIsolationIT extends ItBase {

    @Test
    void aTenantCannotSeeAnotherTenantsStaff() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        as(b.adminToken())
                .get("/api/v1/staff/" + a.adminId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        as(b.adminToken()).get("/api/v1/staff").then().statusCode(200).body("items.id", contains(b.adminId()));
        as(a.adminToken())
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("items.id", everyItem(not(equalTo(b.adminId()))));
    }

    @Test
    void theSameUsernameInTwoTenantsIsTwoAccounts() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        as(a.adminToken()).get("/api/v1/staff/" + a.adminId()).then().statusCode(200);
        as(b.adminToken()).get("/api/v1/staff/" + b.adminId()).then().statusCode(200);
        as(a.adminToken()).get("/api/v1/staff/" + b.adminId()).then().statusCode(404);
    }
}
