package io.custos.it;

import static io.custos.it.ChainInGermanyAndCalifornia.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.custos.it.Tenants.Onboarded;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pack's yearly volume of individuals transferred abroad (CN: 100,000 without a safeguard),
 * shortened by the tenant to 3 so that the test stays small: the transfer that would reach it is
 * refused with gate residency until the tenant records a safeguard in force.
 */
class CrossBorderTransfersIT extends ItBase {

    @Test
    void theThresholdStopsTransfersUntilASafeguardIsInForce() {
        Onboarded tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        as(mfa).body(Map.of("crossBorderVolumeThreshold", 3))
                .put("/api/v1/rule-packs/CN/overrides")
                .then()
                .statusCode(200)
                .body("crossBorderVolumeThreshold", equalTo(3));
        String shanghai = store(mfa, "SHA", "CN", null);
        String first = customer(mfa, shanghai, "CN", null, "1980-01-01");
        String second = customer(mfa, shanghai, "CN", null, "1981-01-01");
        String third = customer(mfa, shanghai, "CN", null, "1982-01-01");
        for (String customer : List.of(first, second, third)) {
            consent(mfa, customer, "CROSS_BORDER_TRANSFER");
        }
        consent(mfa, third, "MARKETING");

        // the admin works from the headquarters in Germany: every read below crosses the border
        as(mfa).get("/api/v1/customers/" + first).then().statusCode(200);
        as(mfa).get("/api/v1/customers/" + first).then().statusCode(200);
        as(mfa).get("/api/v1/customers/" + second).then().statusCode(200);
        as(mfa).get("/api/v1/customers/" + third)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("gate", equalTo("residency"));
        as(mfa).get("/api/v1/customers/" + first).then().statusCode(403).body("gate", equalTo("residency"));
        assertThat(ConsentIT.segment(mfa, "MARKETING")).doesNotContain(third);
        as(mfa).get("/api/v1/cross-border-transfers")
                .then()
                .statusCode(200)
                .body("items.find { it.pack == 'CN' }.individuals", equalTo(2))
                .body("items.find { it.pack == 'CN' }.threshold", equalTo(3))
                .body("items.find { it.pack == 'CN' }.thresholdReached", equalTo(true))
                .body("items.find { it.pack == 'CN' }.safeguardInForce", equalTo(null));

        String expired = safeguard(mfa, "SECURITY_ASSESSMENT", "2000-01-01", "2000-12-31");
        as(mfa).get("/api/v1/customers/" + third).then().statusCode(403).body("gate", equalTo("residency"));
        String contract = safeguard(mfa, "STANDARD_CONTRACT", "2000-01-01", null);
        as(mfa).get("/api/v1/customers/" + third).then().statusCode(200);
        as(mfa).get("/api/v1/customers/" + first).then().statusCode(200);
        assertThat(ConsentIT.segment(mfa, "MARKETING")).contains(third);
        as(mfa).get("/api/v1/cross-border-transfers")
                .then()
                .statusCode(200)
                .body("items.find { it.pack == 'CN' }.individuals", equalTo(3))
                .body("items.find { it.pack == 'CN' }.safeguardInForce", equalTo(contract));

        as(mfa).get("/api/v1/transfer-safeguards/" + contract)
                .then()
                .statusCode(200)
                .body("kind", equalTo("STANDARD_CONTRACT"))
                .body("pack", equalTo("CN"))
                .body("validFrom", equalTo("2000-01-01"))
                .body("validUntil", equalTo(null))
                .body("recordedBy", equalTo(tenant.adminId()));
        assertThat(as(mfa).get("/api/v1/transfer-safeguards")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactlyInAnyOrder(expired, contract);
        as(mfa).queryParam("action", "transfer-safeguard.create")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", hasItem(contract));

        String other = tenants.onboard().adminMfaToken();
        as(other).get("/api/v1/transfer-safeguards/" + contract).then().statusCode(404);
        as(other).get("/api/v1/transfer-safeguards").then().statusCode(200).body("items.id", not(hasItem(contract)));
        as(other).get("/api/v1/cross-border-transfers").then().statusCode(200).body("items.pack", not(hasItem("CN")));
    }

    @Test
    void aSafeguardNamesAKnownPackAndAValidityThatDoesNotEndBeforeItStarts() {
        String mfa = tenants.onboard().adminMfaToken();
        as(mfa).body(Map.of("kind", "CERTIFICATION", "pack", "XX", "validFrom", "2026-01-01", "reference", "r"))
                .post("/api/v1/transfer-safeguards")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pack"));
        as(mfa).body(Map.of(
                        "kind",
                        "CERTIFICATION",
                        "pack",
                        "CN",
                        "validFrom",
                        "2026-01-01",
                        "validUntil",
                        "2025-12-31",
                        "reference",
                        "r"))
                .post("/api/v1/transfer-safeguards")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("validUntil"));
        as(mfa).get("/api/v1/transfer-safeguards").then().statusCode(200).body("items.size()", equalTo(0));
    }

    private static void consent(String token, String customer, String purpose) {
        as(token)
                .body(Map.of("purpose", purpose, "state", "GRANTED", "source", "APP"))
                .post("/api/v1/customers/" + customer + "/consents")
                .then()
                .statusCode(201);
    }

    private static String safeguard(String token, String kind, String validFrom, String validUntil) {
        Map<String, Object> body = new HashMap<>(
                Map.of("kind", kind, "pack", "CN", "validFrom", validFrom, "reference", "CAC filing " + kind));
        if (validUntil != null) {
            body.put("validUntil", validUntil);
        }
        return as(token)
                .body(body)
                .post("/api/v1/transfer-safeguards")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
