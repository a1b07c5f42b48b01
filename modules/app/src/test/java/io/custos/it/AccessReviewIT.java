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

        // the outcome as evidence to file
        var evidence = as(mfa).accept("text/csv")
                .get("/api/v1/access-reviews/" + review + "/items")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"access-review-" + review + ".csv\""))
                .extract()
                .asString()
                .split("\r\n");
        assertThat(evidence[0])
                .isEqualTo(
                        "campaignId,campaign,regionId,dueAt,status,itemId,staffId,username,grantId,role,scopeType,"
                                + "scopeId,validFrom,validUntil,reviewerId,reviewer,decision,decidedAt,grantRevokedAt,conflicts");
        assertThat(evidence).hasSize(3);
        assertThat(java.util.Arrays.stream(evidence).skip(1))
                .anySatisfy(row -> assertThat(row)
                        .startsWith(review + ",")
                        .contains(",CLOSED,")
                        .contains("," + ann + ",ann," + annGrant + ",Readers,TENANT,,")
                        .contains("," + tenant.adminId() + ",admin,REVOKE,"))
                .anySatisfy(row -> assertThat(row).contains("," + bob + ",bob,").contains(",admin,KEEP,"));
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
    void itemsGoToTheManagerElseTheRegionAdminElseTheOwnerAndNeverToTheGrantee() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String europe = as(mfa).body(Map.of("code", "EU", "name", "Europe"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String berlin = store(mfa, "BER", "DE", europe);
        String readers = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String ownCustomers = tenant.createRole(tenant.adminToken(), "Own customers", "customer.update");
        String regionAdmins = tenant.createRole(tenant.adminToken(), "Region admins", "staff.manage");
        String boss = tenant.createStaff(tenant.adminToken(), "boss");
        String ann = tenant.createStaff(tenant.adminToken(), "ann");
        String cy = tenant.createStaff(tenant.adminToken(), "cyd");
        String ed = tenant.createStaff(tenant.adminToken(), "edda");
        String dan = tenant.createStaff(tenant.adminToken(), "dan");
        patchStaff(mfa, ann, Map.of("homeStoreId", berlin, "managerId", boss));
        patchStaff(mfa, cy, Map.of("homeStoreId", berlin));
        patchStaff(mfa, ed, Map.of("homeStoreId", berlin));
        String annGrant = tenant.grantTenantWide(mfa, ann, readers);
        String annOwn = grant(mfa, ann, ownCustomers, Map.of("type", "OWN"));
        String cyGrant = tenant.grantTenantWide(mfa, cy, readers);
        String edGrant = grant(mfa, ed, regionAdmins, Map.of("type", "REGION", "id", europe));
        String danGrant = tenant.grantTenantWide(mfa, dan, readers);

        String review = open(tenant, mfa, false);
        var items = as(mfa).get("/api/v1/access-reviews/" + review + "/items")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(reviewerOf(items, annGrant)).as("the manager").isEqualTo(boss);
        assertThat(reviewerOf(items, annOwn)).as("an OWN grant is reviewed too").isEqualTo(boss);
        assertThat(reviewerOf(items, cyGrant))
                .as("the admin of the home store's region")
                .isEqualTo(ed);
        assertThat(reviewerOf(items, edGrant))
                .as("never the grantee: the owner")
                .isEqualTo(tenant.adminId());
        assertThat(reviewerOf(items, danGrant))
                .as("no manager, no home store: the owner")
                .isEqualTo(tenant.adminId());

        // A region's campaign takes the OWN grant of a staff member based there, not the tenant-wide ones.
        String regional = as(mfa).body(Map.of("name", "Europe", "regionId", europe, "autoRevokeUnreviewed", false))
                .post("/api/v1/access-reviews")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).get("/api/v1/access-reviews/" + regional + "/items")
                .then()
                .statusCode(200)
                .body("items.grantId", containsInAnyOrder(annOwn, edGrant));

        // The manager decides from their own work list, with no permission of their own, in an MFA session.
        String bossPassword = Tenants.login(tenant.slug(), "boss", Tenants.ADMIN_PASSWORD);
        String bossMfa = Authenticator.enrol(bossPassword).login(tenant.slug(), "boss", Tenants.ADMIN_PASSWORD);
        List<Map<String, Object>> work = as(bossMfa)
                .get("/api/v1/me/access-review-items")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.reviewId == '" + review + "' }.item.grantId",
                        containsInAnyOrder(annGrant, annOwn))
                .body("items.findAll { it.reviewId == '" + regional + "' }.item.grantId", contains(annOwn))
                .extract()
                .jsonPath()
                .getList("items.item");
        String annItem = (String) work.stream()
                .filter(i -> annGrant.equals(i.get("grantId")))
                .findFirst()
                .orElseThrow()
                .get("id");
        as(bossPassword)
                .body(Map.of("decision", "REVOKE"))
                .post("/api/v1/me/access-review-items/" + annItem)
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
        as(bossMfa)
                .body(Map.of("decision", "REVOKE"))
                .post("/api/v1/me/access-review-items/" + annItem)
                .then()
                .statusCode(200)
                .body("decision", equalTo("REVOKE"));
        as(bossMfa)
                .body(Map.of("decision", "KEEP"))
                .post("/api/v1/me/access-review-items/" + itemOf(items.getList("items"), cyGrant))
                .then()
                .statusCode(404);
        as(bossMfa).get("/api/v1/access-reviews/" + review).then().statusCode(403);
        as(mfa).post("/api/v1/access-reviews/" + review + "/close").then().statusCode(200);
        assertThat(statusOf(mfa, annGrant)).isEqualTo("REVOKED");
    }

    @Test
    void aManagerIsOfThisTenantAndNobodyManagesThemselves() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String ann = tenant.createStaff(tenant.adminToken(), "ann");
        String bob = tenant.createStaff(tenant.adminToken(), "bob");
        patchStaff(mfa, bob, Map.of("managerId", ann));
        for (String manager : List.of(ann, bob)) {
            String etag = as(mfa).get("/api/v1/staff/" + ann).then().extract().header("ETag");
            as(mfa).header("If-Match", etag)
                    .body(Map.of("managerId", manager))
                    .patch("/api/v1/staff/" + ann)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("managerId"));
        }
        String otherStaff = tenants.onboard().adminId();
        String etag = as(mfa).get("/api/v1/staff/" + ann).then().extract().header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("managerId", otherStaff))
                .patch("/api/v1/staff/" + ann)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("managerId"));
        as(mfa).get("/api/v1/staff/" + bob).then().statusCode(200).body("managerId", equalTo(ann));
    }

    private static void patchStaff(String mfa, String staffId, Map<String, Object> patch) {
        String etag = as(mfa).get("/api/v1/staff/" + staffId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(mfa).header("If-Match", etag)
                .body(patch)
                .patch("/api/v1/staff/" + staffId)
                .then()
                .statusCode(200);
    }

    private static String grant(String mfa, String staffId, String roleId, Map<String, String> scope) {
        return as(mfa).body(Map.of("staffId", staffId, "roleId", roleId, "scope", scope, "reason", "test"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String reviewerOf(io.restassured.path.json.JsonPath items, String grantId) {
        return items.getString("items.find { it.grantId == '" + grantId + "' }.reviewerId");
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
