package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.custos.it.Tenants.Onboarded;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessReviewIT extends ItBase {

    @Test
    void aCampaignRevokesWhatItsReviewerMarked() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String ann = tenant.createStaff(tenant.adminToken(), "ann");
        String bob = tenant.createStaff(tenant.adminToken(), "bob");
        String annGrant = tenant.grantTenantWide(mfa, ann, readers);
        String bobGrant = tenant.grantTenantWide(mfa, bob, readers);

        String review = open(tenant, mfa, false);
        var items = as(mfa).get("/api/v1/access-reviews/" + review + "/items")
                .then()
                .statusCode(200)
                .body("items.staffId", containsInAnyOrder(ann, bob))
                .body("items.reviewerId", everyItem(equalTo(tenant.adminId())))
                .body("items.roleId", everyItem(equalTo(readers)))
                .body("items.roleName", everyItem(equalTo("Readers")))
                .body("items.scope.type", everyItem(equalTo("TENANT")))
                .body("items.validFrom", everyItem(notNullValue()))
                .extract()
                .jsonPath();
        decide(mfa, review, itemOf(items.getList("items"), annGrant), "REVOKE")
                .then()
                .statusCode(200);
        decide(mfa, review, itemOf(items.getList("items"), bobGrant), "KEEP")
                .then()
                .statusCode(200);

        as(mfa).post("/api/v1/access-reviews/" + review + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("revoked", equalTo(1));
        assertThat(statusOf(mfa, annGrant)).isEqualTo("REVOKED");
        assertThat(statusOf(mfa, bobGrant)).isEqualTo("ACTIVE");
        decide(mfa, review, itemOf(items.getList("items"), bobGrant), "REVOKE")
                .then()
                .statusCode(409);
    }

    @Test
    void unreviewedGrantsAreRevokedWhenTheCampaignSaysSo() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String grant = tenant.grantTenantWide(mfa, tenant.createStaff(tenant.adminToken(), "cat"), readers);

        String review = open(tenant, mfa, true);
        as(mfa).post("/api/v1/access-reviews/" + review + "/close")
                .then()
                .statusCode(200)
                .body("revoked", equalTo(1));
        assertThat(statusOf(mfa, grant)).isEqualTo("REVOKED");
    }

    @Test
    void onlyTheAssignedReviewerDecides() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String officers = as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'PRIVACY_OFFICER' }.id");
        String dee = tenant.createStaff(tenant.adminToken(), "dee");
        tenant.grantTenantWide(mfa, dee, officers);
        String deeMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "dee", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "dee", Tenants.ADMIN_PASSWORD);

        String review = open(tenant, mfa, false);
        List<Map<String, Object>> items = as(mfa).get("/api/v1/access-reviews/" + review + "/items")
                .then()
                .extract()
                .jsonPath()
                .getList("items");
        // dee's own grant is under review by the admin; dee may not decide it (or any other)
        decide(deeMfa, review, (String) items.get(0).get("id"), "KEEP").then().statusCode(403);
    }

    @Test
    void reviewsNeedASecondFactorAndStayInTheirTenant() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        as(a.adminToken())
                .body(Map.of("name", "Q4", "autoRevokeUnreviewed", false))
                .post("/api/v1/access-reviews")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
        String review = open(a, a.adminMfaToken(), false);
        String bMfa = b.adminMfaToken();
        as(bMfa).get("/api/v1/access-reviews/" + review).then().statusCode(404);
        as(bMfa).post("/api/v1/access-reviews/" + review + "/close").then().statusCode(404);
    }

    @Test
    void campaignsAreListedNewestFirstByStatusAndPaged() {
        var tenant = tenants.onboard();
        var other = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String first = open(tenant, mfa, false);
        String second = open(tenant, mfa, false);
        String third = open(tenant, mfa, false);
        as(mfa).post("/api/v1/access-reviews/" + second + "/close").then().statusCode(200);
        open(other, other.adminMfaToken(), false);

        as(mfa).get("/api/v1/access-reviews")
                .then()
                .statusCode(200)
                .body("items.id", contains(third, second, first))
                .body("items.status", contains("OPEN", "CLOSED", "OPEN"))
                .body("nextCursor", nullValue());
        as(mfa).queryParam("status", "OPEN")
                .get("/api/v1/access-reviews")
                .then()
                .statusCode(200)
                .body("items.id", contains(third, first));
        as(mfa).queryParam("status", "CLOSED")
                .get("/api/v1/access-reviews")
                .then()
                .statusCode(200)
                .body("items.id", contains(second));

        String cursor = as(mfa).queryParam("limit", 2)
                .get("/api/v1/access-reviews")
                .then()
                .statusCode(200)
                .body("items.id", contains(third, second))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        as(mfa).queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/api/v1/access-reviews")
                .then()
                .statusCode(200)
                .body("items.id", contains(first))
                .body("nextCursor", nullValue());
    }

    @Test
    void theListRefusesABadStatusAndWantsASecondFactor() {
        var tenant = tenants.onboard();
        as(tenant.adminMfaToken())
                .queryParam("status", "PENDING")
                .get("/api/v1/access-reviews")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(tenant.adminToken())
                .get("/api/v1/access-reviews")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
    }

    private static String open(Onboarded tenant, String mfa, boolean autoRevoke) {
        return as(mfa).body(Map.of("name", "Quarterly review", "autoRevokeUnreviewed", autoRevoke))
                .post("/api/v1/access-reviews")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    private static io.restassured.response.Response decide(String token, String review, String item, String decision) {
        return as(token).body(Map.of("decision", decision)).post("/api/v1/access-reviews/" + review + "/items/" + item);
    }

    private static String statusOf(String token, String grantId) {
        return as(token)
                .get("/api/v1/grants/" + grantId)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static String itemOf(List<Map<String, Object>> items, String grantId) {
        return items.stream()
                .filter(i -> grantId.equals(i.get("grantId")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow();
    }
}
