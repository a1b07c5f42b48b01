package io.custos.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Separation of duties (#19): tenant-defined conflicting permission pairs no one person may hold both of. */
class SeparationOfDutiesIT extends ItBase {

    private static final String SETTINGS = "/api/v1/tenant-settings";
    private static final String CONFLICT = "https://custos.io/problems/conflicting-permissions";

    @Test
    void aGrantThatCompletesAConflictingPairIsRefusedNamingBoth() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String exporters = tenant.createRole(tenant.adminToken(), "Exporters", "customer.export");
        String auditors = tenant.createRole(tenant.adminToken(), "Auditors", "audit.read", "customer.read");
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String ann = tenant.createStaff(tenant.adminToken(), "ann");
        String bob = tenant.createStaff(tenant.adminToken(), "bob");
        setConflicts(mfa, "\"0\"", List.of(List.of("customer.export", "audit.read")))
                .then()
                .statusCode(200)
                .body("separationOfDuties.conflicts", contains(List.of("customer.export", "audit.read")));

        tenant.grantTenantWide(mfa, ann, exporters);
        grantTenantWide(mfa, ann, auditors)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(CONFLICT))
                .body("permission", equalTo("customer.export"))
                .body("conflictingPermission", equalTo("audit.read"))
                .body("detail", containsString("customer.export and audit.read"));
        as(mfa).get("/api/v1/grants?staffId=" + ann).then().statusCode(200).body("items.roleId", contains(exporters));
        // Anyone else may hold either; ann may hold more that conflicts with nothing
        tenant.grantTenantWide(mfa, bob, auditors);
        tenant.grantTenantWide(mfa, ann, readers);

        // A role change that would complete the pair for its holder is refused too
        String etag = as(mfa).get("/api/v1/roles/" + readers)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("name", "Readers", "permissions", List.of("customer.read", "audit.read")))
                .put("/api/v1/roles/" + readers)
                .then()
                .statusCode(422)
                .body("type", equalTo(CONFLICT))
                .body("conflictingPermission", equalTo("audit.read"));
        as(mfa).get("/api/v1/roles/" + readers).then().body("permissions", contains("customer.read"));

        // With the pair gone, the same grant goes through
        setConflicts(mfa, "\"1\"", List.of()).then().statusCode(200);
        grantTenantWide(mfa, ann, auditors).then().statusCode(201);
    }

    @Test
    void accessReviewItemsFlagHoldersOfBoth() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String exporters = tenant.createRole(tenant.adminToken(), "Exporters", "customer.export");
        String auditors = tenant.createRole(tenant.adminToken(), "Auditors", "audit.read");
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String ann = tenant.createStaff(tenant.adminToken(), "ann");
        String bob = tenant.createStaff(tenant.adminToken(), "bob");
        String annExports = tenant.grantTenantWide(mfa, ann, exporters);
        String annAudits = tenant.grantTenantWide(mfa, ann, auditors);
        String annReads = tenant.grantTenantWide(mfa, ann, readers);
        String bobAudits = tenant.grantTenantWide(mfa, bob, auditors);
        // The pair is set after ann came to hold both: the review shows it
        setConflicts(mfa, "\"0\"", List.of(List.of("audit.read", "customer.export")))
                .then()
                .statusCode(200);

        String review = as(mfa).body(Map.of("name", "Duties", "autoRevokeUnreviewed", false))
                .post("/api/v1/access-reviews")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var items = as(mfa).get("/api/v1/access-reviews/" + review + "/items")
                .then()
                .statusCode(200)
                .body("items.grantId", hasItem(annExports))
                .extract()
                .jsonPath();
        List<String> pair = List.of("audit.read", "customer.export");
        for (String grant : List.of(annExports, annAudits)) {
            org.hamcrest.MatcherAssert.assertThat(conflictsOf(items, grant), contains(pair));
        }
        org.hamcrest.MatcherAssert.assertThat("the role plays no part", conflictsOf(items, annReads), empty());
        org.hamcrest.MatcherAssert.assertThat("bob holds one only", conflictsOf(items, bobAudits), empty());
    }

    @Test
    void thePairsAreTwoDistinctKnownPermissions() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        setConflicts(
                        mfa,
                        "\"0\"",
                        List.of(
                                List.of("customer.export", "customer.export"),
                                List.of("customer.export", "no.such.permission"),
                                List.of("customer.export", "audit.read", "customer.read")))
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "separationOfDuties.conflicts[0]",
                                "separationOfDuties.conflicts[1]",
                                "separationOfDuties.conflicts[2]"));
        setConflicts(mfa, "\"0\"", List.of(List.of("customer.export", 5)))
                .then()
                .statusCode(400);
        as(mfa).get(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("separationOfDuties.conflicts", empty());
        // Another tenant's pairs are its own
        var other = tenants.onboard();
        setConflicts(mfa, "\"0\"", List.of(List.of("customer.export", "audit.read")))
                .then()
                .statusCode(200);
        as(other.adminMfaToken()).get(SETTINGS).then().statusCode(200).body("separationOfDuties.conflicts", empty());
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> conflictsOf(io.restassured.path.json.JsonPath items, String grantId) {
        return (List<List<String>>) items.getList("items.findAll { it.grantId == '" + grantId + "' }.conflicts")
                .get(0);
    }

    private static io.restassured.response.Response setConflicts(String mfa, String etag, List<?> conflicts) {
        return as(mfa).contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("separationOfDuties", Map.of("conflicts", conflicts)))
                .patch(SETTINGS);
    }

    private static io.restassured.response.Response grantTenantWide(String mfa, String staffId, String roleId) {
        return as(mfa).body(Map.of(
                        "staffId", staffId, "roleId", roleId, "scope", Map.of("type", "TENANT"), "reason", "test"))
                .post("/api/v1/grants");
    }
}
