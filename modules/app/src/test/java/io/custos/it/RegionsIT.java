package io.custos.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionsIT extends ItBase {

    @Test
    void storesResolveToTheirRulePack() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String europe = as(mfa).body(Map.of("code", "EUROPE", "name", "Europe"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .extract()
                .path("id");
        store(mfa, "BER-1", "DE", null, europe).then().statusCode(201).body("rulePack", equalTo("EU"));
        store(mfa, "SFO-1", "US", "US-CA", null).then().statusCode(201).body("rulePack", equalTo("US-CA"));
        store(mfa, "NYC-1", "US", "US-NY", null).then().statusCode(201).body("rulePack", equalTo("BASELINE"));
        store(mfa, "SHA-1", "CN", null, null).then().statusCode(201).body("rulePack", equalTo("CN"));
        as(tenant.adminToken()).get("/api/v1/stores").then().statusCode(200).body("items", hasSize(4));
    }

    @Test
    void badStoresAreNamed() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        store(mfa, "X-1", "XX", null, null).then().statusCode(400).body("errors[0].field", equalTo("country"));
        store(mfa, "X-2", "DE", "US-CA", null).then().statusCode(400).body("errors[0].field", equalTo("subdivision"));
        store(mfa, "X-3", "DE", null, "no-such-region")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("regionId"));
        store(mfa, "X-4", "DE", null, null).then().statusCode(201);
        store(mfa, "X-4", "FR", null, null).then().statusCode(409);
    }

    @Test
    void aStoreInAnotherTenantsRegionIsRefusedAndItsStoresAreNotFound() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        String aMfa = a.adminMfaToken();
        String region = as(aMfa).body(Map.of("code", "R", "name", "R"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String storeId = store(aMfa, "S-1", "FR", null, region)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String bMfa = b.adminMfaToken();
        store(bMfa, "S-1", "FR", null, region).then().statusCode(400).body("errors[0].field", equalTo("regionId"));
        as(bMfa).get("/api/v1/stores/" + storeId).then().statusCode(404);
        as(bMfa).get("/api/v1/regions/" + region).then().statusCode(404);
    }

    @Test
    void rulePacksAreServedWithEveryField() {
        var tenant = tenants.onboard();
        as(tenant.adminToken()).get("/api/v1/rule-packs").then().statusCode(200).body("items", hasSize(14));
        as(tenant.adminToken())
                .get("/api/v1/rule-packs/US-CA")
                .then()
                .statusCode(200)
                .body("code", equalTo("US-CA"))
                .body("honorsGlobalPrivacyControl", equalTo(true))
                .body("dsarResponseDays", equalTo(45))
                .body("retentionMaxDays", nullValue())
                .body("$", hasEntry(equalTo("overrides"), notNullValue()))
                .body("sources", hasItem(org.hamcrest.Matchers.containsString("1798.130")));
        as(tenant.adminToken()).get("/api/v1/rule-packs/XX").then().statusCode(404);
    }

    private static io.restassured.response.Response store(
            String token, String code, String country, String subdivision, String regionId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Store " + code, "country", country));
        if (subdivision != null) {
            body.put("subdivision", subdivision);
        }
        if (regionId != null) {
            body.put("regionId", regionId);
        }
        return as(token).body(body).post("/api/v1/stores");
    }
}
