package io.custos.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Delegated administration (#19): a region admin (REGIONAL_ADMIN over a region) manages, grants and
 * reviews the staff based in the region only, within their own grants' scope and time.
 */
class DelegatedAdminIT extends ItBase {

    private static final String ESCALATION = "https://custos.io/problems/escalation";

    /** A tenant with regions Europe (store BER) and America (store NYC) and a region admin of Europe. */
    private record Chain(
            Tenants.Onboarded tenant,
            String adminMfa,
            String europe,
            String america,
            String berlin,
            String newYork,
            String reggie,
            String reggieMfa,
            Instant reggieUntil,
            String ann,
            String bob,
            Map<String, String> roles) {}

    private Chain chain() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String europe = region(mfa, "EU");
        String america = region(mfa, "AM");
        String berlin = store(mfa, "BER", "DE", europe);
        String newYork = store(mfa, "NYC", "US", america);
        Map<String, String> roles = new HashMap<>();
        as(mfa).get("/api/v1/roles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", Map.class)
                .forEach(r -> roles.put((String) r.get("name"), (String) r.get("id")));
        String reggie = staffAt(tenant, mfa, "reggie", berlin);
        String ann = staffAt(tenant, mfa, "ann", berlin);
        String bob = staffAt(tenant, mfa, "bob", newYork);
        Instant until = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        grant(mfa, reggie, roles.get("REGIONAL_ADMIN"), Map.of("type", "REGION", "id", europe), until)
                .then()
                .statusCode(201);
        grant(mfa, reggie, roles.get("REGION_MANAGER"), Map.of("type", "REGION", "id", europe), null)
                .then()
                .statusCode(201);
        String reggieMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "reggie", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "reggie", Tenants.ADMIN_PASSWORD);
        return new Chain(tenant, mfa, europe, america, berlin, newYork, reggie, reggieMfa, until, ann, bob, roles);
    }

    @Test
    void aRegionAdminManagesOnlyTheStaffBasedInTheRegion() {
        Chain c = chain();
        as(c.reggieMfa())
                .get("/api/v1/staff?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(c.reggie(), c.ann()));
        as(c.adminMfa()).get("/api/v1/staff?limit=100").then().statusCode(200).body("items.id", hasItem(c.bob()));
        as(c.reggieMfa()).get("/api/v1/staff/" + c.ann()).then().statusCode(200);
        as(c.reggieMfa()).get("/api/v1/staff/" + c.bob()).then().statusCode(404);
        as(c.reggieMfa()).get("/api/v1/staff/" + c.tenant().adminId()).then().statusCode(404);
        as(c.reggieMfa()).post("/api/v1/staff/" + c.bob() + "/suspend").then().statusCode(404);
        as(c.reggieMfa())
                .delete("/api/v1/staff/" + c.bob() + "/sessions")
                .then()
                .statusCode(404);

        // New staff only at the region's stores
        as(c.reggieMfa())
                .body(newStaff(c, "nina", c.newYork()))
                .post("/api/v1/staff")
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION));
        as(c.reggieMfa())
                .body(newStaff(c, "nobody", null))
                .post("/api/v1/staff")
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION));
        String cyd = as(c.reggieMfa())
                .body(newStaff(c, "cyd", c.berlin()))
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // ... and not moved out of it, nor put under a manager outside it
        String etag =
                as(c.reggieMfa()).get("/api/v1/staff/" + cyd).then().extract().header("ETag");
        as(c.reggieMfa())
                .header("If-Match", etag)
                .body(Map.of("homeStoreId", c.newYork()))
                .patch("/api/v1/staff/" + cyd)
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION));
        as(c.reggieMfa())
                .header("If-Match", etag)
                .body(Map.of("managerId", c.bob()))
                .patch("/api/v1/staff/" + cyd)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("managerId"));
        as(c.reggieMfa())
                .header("If-Match", etag)
                .body(Map.of("displayName", "Cyd", "managerId", c.ann()))
                .patch("/api/v1/staff/" + cyd)
                .then()
                .statusCode(200);
        as(c.reggieMfa()).post("/api/v1/staff/" + cyd + "/suspend").then().statusCode(200);

        // Staff without a home store, and other tenants' staff, are nobody's region's
        as(c.reggieMfa())
                .get("/api/v1/staff/" + tenants.onboard().adminId())
                .then()
                .statusCode(404);
    }

    @Test
    void aStoreAdminManagesOnlyTheStoresStaff() {
        Chain c = chain();
        String sam = staffAt(c.tenant(), c.adminMfa(), "sam", c.newYork());
        grant(c.adminMfa(), sam, c.roles().get("REGIONAL_ADMIN"), Map.of("type", "STORE", "id", c.newYork()), null)
                .then()
                .statusCode(201);
        String samToken = Tenants.login(c.tenant().slug(), "sam", Tenants.ADMIN_PASSWORD);
        as(samToken)
                .get("/api/v1/staff?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(sam, c.bob()));
        as(samToken).get("/api/v1/staff/" + c.ann()).then().statusCode(404);
    }

    @Test
    void aRegionAdminGrantsOnlyInsideTheRegionAndNoLongerThanTheyHold() {
        Chain c = chain();
        String sales = c.roles().get("SALES_ASSOCIATE");
        grant(c.reggieMfa(), c.ann(), sales, Map.of("type", "STORE", "id", c.berlin()), null)
                .then()
                .statusCode(201)
                .body("grantedBy", equalTo(c.reggie()));
        String annOwn = grant(c.reggieMfa(), c.ann(), sales, Map.of("type", "OWN"), null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        grant(c.reggieMfa(), c.ann(), sales, Map.of("type", "STORE", "id", c.newYork()), null)
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION));
        grant(c.reggieMfa(), c.ann(), sales, Map.of("type", "REGION", "id", c.america()), null)
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION));
        grant(c.reggieMfa(), c.ann(), sales, Map.of("type", "TENANT"), null)
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION));
        grant(c.reggieMfa(), c.bob(), sales, Map.of("type", "STORE", "id", c.berlin()), null)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("staffId"));

        // Their admin grant ends at reggieUntil: what they give of it must end by then
        Map<String, String> atBerlin = Map.of("type", "STORE", "id", c.berlin());
        String admins = c.roles().get("REGIONAL_ADMIN");
        grant(c.reggieMfa(), c.ann(), admins, atBerlin, null)
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION))
                .body("detail", containsString("only until"));
        grant(c.reggieMfa(), c.ann(), admins, atBerlin, c.reggieUntil().plus(1, ChronoUnit.HOURS))
                .then()
                .statusCode(403)
                .body("type", equalTo(ESCALATION));
        grant(c.reggieMfa(), c.ann(), admins, atBerlin, c.reggieUntil()).then().statusCode(201);

        // Grants of staff based elsewhere are out of sight: listed never, by id 404, not revocable
        String bobGrant = grant(c.adminMfa(), c.bob(), sales, Map.of("type", "STORE", "id", c.newYork()), null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String adminGrant = as(c.adminMfa())
                .get("/api/v1/grants?staffId=" + c.tenant().adminId())
                .then()
                .extract()
                .path("items[0].id");
        List<String> regionStaff = List.of(c.reggie(), c.ann());
        as(c.reggieMfa())
                .get("/api/v1/grants?limit=100")
                .then()
                .statusCode(200)
                .body("items.staffId", everyItem(in(regionStaff)))
                .body("items.id", hasItem(annOwn))
                .body("items.id", not(hasItem(bobGrant)));
        as(c.reggieMfa())
                .get("/api/v1/grants?staffId=" + c.bob())
                .then()
                .statusCode(200)
                .body("items", empty());
        as(c.reggieMfa()).get("/api/v1/grants/" + bobGrant).then().statusCode(404);
        as(c.reggieMfa()).get("/api/v1/grants/" + adminGrant).then().statusCode(404);
        as(c.reggieMfa())
                .body(Map.of("reason", "not theirs"))
                .post("/api/v1/grants/" + bobGrant + "/revoke")
                .then()
                .statusCode(404);
        as(c.reggieMfa())
                .body(Map.of("reason", "moved on"))
                .post("/api/v1/grants/" + annOwn + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        as(c.adminMfa()).get("/api/v1/grants/" + bobGrant).then().statusCode(200);
    }

    @Test
    void aRegionAdminReviewsOnlyTheirRegion() {
        Chain c = chain();
        String sales = c.roles().get("SALES_ASSOCIATE");
        String annGrant = grant(c.adminMfa(), c.ann(), sales, Map.of("type", "STORE", "id", c.berlin()), null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String annTenantWide = grant(c.adminMfa(), c.ann(), sales, Map.of("type", "TENANT"), null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        grant(c.adminMfa(), c.bob(), sales, Map.of("type", "STORE", "id", c.newYork()), null)
                .then()
                .statusCode(201);
        String hq = c.tenant().createStaff(c.tenant().adminToken(), "hqq");
        grant(c.adminMfa(), hq, sales, Map.of("type", "STORE", "id", c.berlin()), null)
                .then()
                .statusCode(201);

        review(c.reggieMfa(), null).then().statusCode(403).body("type", equalTo(ESCALATION));
        review(c.reggieMfa(), c.america()).then().statusCode(403).body("type", equalTo(ESCALATION));
        String regional = review(c.reggieMfa(), c.europe())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Only staff based in the region, only grants within it (not ann's tenant-wide one, not hq's)
        as(c.reggieMfa())
                .get("/api/v1/access-reviews/" + regional + "/items")
                .then()
                .statusCode(200)
                .body("items.grantId", hasItem(annGrant))
                .body("items.grantId", not(hasItem(annTenantWide)))
                .body("items.staffId", everyItem(in(List.of(c.reggie(), c.ann()))));

        String tenantWide =
                review(c.adminMfa(), null).then().statusCode(201).extract().path("id");
        String american = review(c.adminMfa(), c.america())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(c.reggieMfa())
                .get("/api/v1/access-reviews?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(regional));
        for (String hidden : List.of(tenantWide, american)) {
            as(c.reggieMfa()).get("/api/v1/access-reviews/" + hidden).then().statusCode(404);
            as(c.reggieMfa())
                    .get("/api/v1/access-reviews/" + hidden + "/items")
                    .then()
                    .statusCode(404);
            as(c.reggieMfa())
                    .post("/api/v1/access-reviews/" + hidden + "/close")
                    .then()
                    .statusCode(404);
        }
        as(c.reggieMfa())
                .post("/api/v1/access-reviews/" + regional + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    private static io.restassured.response.Response review(String token, String regionId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Quarterly", "autoRevokeUnreviewed", false));
        if (regionId != null) {
            body.put("regionId", regionId);
        }
        return as(token).body(body).post("/api/v1/access-reviews");
    }

    private static String staffAt(Tenants.Onboarded tenant, String mfa, String username, String storeId) {
        String id = tenant.createStaff(tenant.adminToken(), username);
        String etag = as(mfa).get("/api/v1/staff/" + id).then().extract().header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("homeStoreId", storeId))
                .patch("/api/v1/staff/" + id)
                .then()
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> newStaff(Chain c, String username, String storeId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "username",
                username,
                "email",
                username + "@" + c.tenant().slug() + ".example",
                "password",
                Tenants.ADMIN_PASSWORD));
        if (storeId != null) {
            body.put("homeStoreId", storeId);
        }
        return body;
    }

    private static io.restassured.response.Response grant(
            String token, String staffId, String roleId, Map<String, String> scope, Instant validUntil) {
        Map<String, Object> body =
                new HashMap<>(Map.of("staffId", staffId, "roleId", roleId, "scope", scope, "reason", "test"));
        if (validUntil != null) {
            body.put("validUntil", validUntil.toString());
        }
        return as(token).body(body).post("/api/v1/grants");
    }
}
