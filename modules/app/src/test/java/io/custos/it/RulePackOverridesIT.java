package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackOverridesIT extends ItBase {

    @Test
    void aTenantTightensAPackAndSeesWhatItChanged() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .body(Map.of("dsarResponseDays", 20, "marketingConsent", "OPT_IN"))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(200)
                .body("dsarResponseDays", equalTo(20))
                .body("marketingConsent", equalTo("OPT_IN"))
                .body("overrides.dsarResponseDays", equalTo(20));
        var pack = as(tenant.adminToken())
                .get("/api/v1/rule-packs/US-CA")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(pack.getInt("dsarResponseDays")).isEqualTo(20);
        assertThat(pack.getString("overrides.marketingConsent")).isEqualTo("OPT_IN");
    }

    @Test
    void theLawsValueStandsBesideEachOverriddenFieldAndNothingWithoutOverrides() {
        var tenant = tenants.onboard();
        var untouched = as(tenant.adminToken())
                .get("/api/v1/rule-packs/US-CA")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(untouched.getMap("overrides")).isEmpty();
        assertThat(untouched.getMap("lawValues")).isEmpty();

        // a number, a string, and a field where the law gives no figure (null)
        var put = as(tenant.adminToken())
                .body(Map.of("dsarResponseDays", 20, "marketingConsent", "OPT_IN", "retentionMaxDays", 365))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        var read = as(tenant.adminToken())
                .get("/api/v1/rule-packs/US-CA")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (var pack : java.util.List.of(put, read)) {
            assertThat(pack.getInt("dsarResponseDays")).isEqualTo(20);
            Map<String, Object> law = pack.getMap("lawValues");
            assertThat(law).containsOnlyKeys("dsarResponseDays", "marketingConsent", "retentionMaxDays");
            assertThat(law).containsEntry("dsarResponseDays", 45);
            assertThat(law).containsEntry("marketingConsent", "OPT_OUT");
            assertThat(law).containsEntry("retentionMaxDays", null);
            assertThat(pack.getMap("lawValues").keySet())
                    .isEqualTo(pack.getMap("overrides").keySet());
        }

        // {} removes every override, and the law's values with them
        var cleared = as(tenant.adminToken())
                .body(Map.of())
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(cleared.getMap("overrides")).isEmpty();
        assertThat(cleared.getMap("lawValues")).isEmpty();
        assertThat(cleared.getInt("dsarResponseDays")).isEqualTo(45);
    }

    @Test
    void aLooserValueIsRefusedNamingTheField() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .body(Map.of("dsarResponseDays", 31, "dpoRequired", false))
                .put("/api/v1/rule-packs/EU/overrides")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("dsarResponseDays"))
                .body("errors.field", hasItem("dpoRequired"));
        // the refused override left nothing behind
        int days = as(tenant.adminToken())
                .get("/api/v1/rule-packs/EU")
                .then()
                .statusCode(200)
                .extract()
                .path("dsarResponseDays");
        assertThat(days).isEqualTo(30);
    }

    @Test
    void fixedFieldsAndWrongTypesAreBadRequests() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .body(Map.of("countries", java.util.List.of("DE")))
                .put("/api/v1/rule-packs/EU/overrides")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("countries"));
        as(tenant.adminToken())
                .body(Map.of("dsarResponseDays", "soon"))
                .put("/api/v1/rule-packs/EU/overrides")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dsarResponseDays"));
        as(tenant.adminToken())
                .body(Map.of("dsarResponseDays", 10))
                .put("/api/v1/rule-packs/XX/overrides")
                .then()
                .statusCode(404);
    }

    @Test
    void oneTenantsOverridesLeaveOtherTenantsAlone() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        as(a.adminToken())
                .body(Map.of("digitalConsentAge", 18))
                .put("/api/v1/rule-packs/GB/overrides")
                .then()
                .statusCode(200);
        int age = as(b.adminToken())
                .get("/api/v1/rule-packs/GB")
                .then()
                .statusCode(200)
                .extract()
                .path("digitalConsentAge");
        assertThat(age).isEqualTo(13);
    }
}
