package io.custos.it;

import static io.custos.it.ChainInGermanyAndCalifornia.customer;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sensitive categories need the pack's consent: under EU (EXPLICIT) a declared sensitive attribute
 * is written only once the customer granted SENSITIVE_DATA; under US-CA (OPT_OUT) without it.
 */
class SensitiveDataConsentIT extends ItBase {

    @Test
    void aSensitiveAttributeIsWrittenOnlyWithTheConsentThePackAsksFor() {
        String mfa = tenants.onboard().adminMfaToken();
        as(mfa).body(Map.of("items", List.of("allergies")))
                .put("/api/v1/customer-attributes/sensitive")
                .then()
                .statusCode(200);
        as(mfa).get("/api/v1/purposes").then().statusCode(200).body("items.code", hasItem("SENSITIVE_DATA"));
        String berlin = store(mfa, "BER", "DE", null);
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");

        patch(mfa, german, Map.of("allergies", "peanuts"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("sensitive-data-consent-required"));
        patch(mfa, german, Map.of("shoeSize", "42")).statusCode(200);
        as(mfa).body(Map.of("purpose", "SENSITIVE_DATA", "state", "GRANTED", "source", "POS"))
                .post("/api/v1/customers/" + german + "/consents")
                .then()
                .statusCode(201);
        patch(mfa, german, Map.of("allergies", "peanuts")).statusCode(200);
        as(mfa).get("/api/v1/customers/" + german).then().body("attributes.allergies", equalTo("peanuts"));

        Map<String, Object> withAllergies = new HashMap<>(Map.of(
                "storeId", berlin,
                "givenName", "Ana",
                "familyName", "Lopez",
                "country", "DE",
                "attributes", Map.of("allergies", "gluten")));
        as(mfa).body(withAllergies)
                .post("/api/v1/customers")
                .then()
                .statusCode(422)
                .body("type", endsWith("sensitive-data-consent-required"));
        String sanFrancisco = store(mfa, "SFO", "US", null);
        withAllergies.put("storeId", sanFrancisco);
        withAllergies.put("country", "US");
        withAllergies.put("subdivision", "US-CA");
        String californian = as(mfa).body(withAllergies)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).get("/api/v1/customers/" + californian).then().body("attributes.allergies", equalTo("gluten"));
    }

    private static io.restassured.response.ValidatableResponse patch(
            String token, String customer, Map<String, Object> attributes) {
        String etag = as(token)
                .get("/api/v1/customers/" + customer)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return as(token)
                .header("If-Match", etag)
                .body(Map.of("attributes", attributes))
                .patch("/api/v1/customers/" + customer)
                .then();
    }
}
