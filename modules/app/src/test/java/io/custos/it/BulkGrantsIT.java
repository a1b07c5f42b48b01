package io.custos.it;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grants given and revoked for many staff in one request (#19): every item checked, all or none. */
class BulkGrantsIT extends ItBase {

    private static final String PROBLEMS = "https://custos.io/problems/";

    private static Map<String, Object> grant(String staffId, String roleId) {
        return Map.of("staffId", staffId, "roleId", roleId, "scope", Map.of("type", "TENANT"), "reason", "new season");
    }

    private static io.restassured.response.Response giveMany(String token, List<Map<String, Object>> grants) {
        return as(token).body(Map.of("grants", grants)).post("/api/v1/grants/bulk");
    }

    private static io.restassured.response.Response revokeMany(String token, List<String> grantIds) {
        return as(token)
                .body(Map.of("grantIds", grantIds, "reason", "season over"))
                .post("/api/v1/grants/bulk-revoke");
    }

    private static List<String> grantsOf(String token, String staffId, String status) {
        var request = as(token).queryParam("staffId", staffId);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/grants").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void oneRefusedItemGivesOrRevokesNothingAndTheProblemNamesIt() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String clerks = tenant.createRole(mfa, "Clerks", "customer.read");
        List<String> staff =
                List.of(tenant.createStaff(mfa, "ada"), tenant.createStaff(mfa, "ben"), tenant.createStaff(mfa, "cyd"));

        giveMany(
                        mfa,
                        List.of(
                                grant(staff.get(0), clerks),
                                grant(staff.get(1), "no-such-role"),
                                grant(staff.get(2), clerks)))
                .then()
                .statusCode(400)
                .body("item", equalTo("1"))
                .body("errors[0].field", equalTo("grants[1].roleId"))
                .body("detail", startsWith("grants[1]: "));
        giveMany(mfa, List.of(grant(staff.get(0), clerks), grant(tenant.adminId(), clerks)))
                .then()
                .statusCode(403)
                .body("item", equalTo("1"));
        for (String member : staff) {
            org.assertj.core.api.Assertions.assertThat(grantsOf(mfa, member, null))
                    .as("nothing given to " + member)
                    .isEmpty();
        }
        giveMany(mfa, List.of()).then().statusCode(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 500; i++) {
            tooMany.add(grant(staff.get(0), clerks));
        }
        giveMany(mfa, tooMany).then().statusCode(400).body("errors[0].field", equalTo("grants"));

        List<String> given = giveMany(
                        mfa,
                        List.of(grant(staff.get(0), clerks), grant(staff.get(1), clerks), grant(staff.get(2), clerks)))
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.staffId", equalTo(staff))
                .body("items.status", everyItem(equalTo("ACTIVE")))
                .extract()
                .path("items.id");
        as(mfa).queryParam("action", "grant.give")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.findAll { it.targetId in " + groovyList(given) + " }", hasSize(3));

        revokeMany(mfa, List.of(given.get(0), "no-such-grant", given.get(2)))
                .then()
                .statusCode(404)
                .body("item", equalTo("1"));
        revokeMany(mfa, List.of(given.get(0), given.get(0))).then().statusCode(400);
        org.assertj.core.api.Assertions.assertThat(grantsOf(mfa, staff.get(0), "ACTIVE"))
                .as("the first revocation was rolled back with the refused second")
                .containsExactly(given.get(0));

        // Another tenant neither sees these staff nor these grants.
        String other = tenants.onboard().adminMfaToken();
        revokeMany(other, given).then().statusCode(404).body("item", equalTo("0"));
        giveMany(other, List.of(grant(staff.get(0), clerks)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("grants[0].staffId"));

        revokeMany(mfa, given)
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("REVOKED")))
                .body("items.revocationReason", everyItem(equalTo("season over")));
        for (String member : staff) {
            org.assertj.core.api.Assertions.assertThat(grantsOf(mfa, member, "ACTIVE"))
                    .isEmpty();
        }
    }

    @Test
    void aBatchWithAGrantTheTenantHoldsForFourEyesIsRefusedWithoutHoldingAnything() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String bea = tenant.createStaff(mfa, "bea");
        tenant.grantTenantWide(mfa, bea, tenant.createRole(mfa, "Managers", "tenant.manage"));
        String etag = as(mfa).get("/api/v1/tenant-settings").then().extract().header("ETag");
        as(mfa).contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("fourEyes", Map.of("enabled", true, "actions", List.of("GRANT_SENSITIVE_TENANT_WIDE"))))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200);
        String readers = tenant.createRole(mfa, "Readers", "customer.read");
        String exporters = tenant.createRole(mfa, "Exporters", "customer.export");
        String cai = tenant.createStaff(mfa, "cai");

        giveMany(mfa, List.of(grant(cai, readers), grant(cai, exporters)))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "four-eyes-held"))
                .body("item", equalTo("1"));
        as(mfa).get("/api/v1/approvals").then().statusCode(200).body("items", empty());
        org.assertj.core.api.Assertions.assertThat(grantsOf(mfa, cai, null)).isEmpty();
        // what the tenant does not hold goes through in a batch, once per Idempotency-Key
        String key = java.util.UUID.randomUUID().toString();
        List<String> first = as(mfa).header("Idempotency-Key", key)
                .body(Map.of("grants", List.of(grant(cai, readers))))
                .post("/api/v1/grants/bulk")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("items.id");
        as(mfa).header("Idempotency-Key", key)
                .body(Map.of("grants", List.of(grant(cai, readers))))
                .post("/api/v1/grants/bulk")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(first));
        org.assertj.core.api.Assertions.assertThat(grantsOf(mfa, cai, null)).isEqualTo(first);
    }

    private static String groovyList(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
