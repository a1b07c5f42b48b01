package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantSettingsIT extends ItBase {

    private static final String SETTINGS = "/api/v1/tenant-settings";

    @Test
    void aFreshTenantHasTheDefaultsAtVersionZero() {
        var tenant = tenants.onboard();
        as(tenant.adminMfaToken())
                .get(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("training.graceMode", equalTo("BLOCK_AT_ONCE"))
                .body("training.graceDays", equalTo(0))
                .body("training.attemptsPerDay", equalTo(3))
                .body("training.reminderDaysBefore", equalTo(7))
                .body("mfa.policy", equalTo("OFF"))
                .body("mfa.freshnessMinutes", equalTo(Map.of()))
                .body("privacy.archiveDownloadDays", equalTo(30))
                .body("reviews.reminderDaysBefore", equalTo(3))
                .body("breakGlass.maxHours", equalTo(4))
                .body("breakGlass.reviewDays", equalTo(7))
                .body("separationOfDuties.conflicts", empty())
                .body("sso.required", equalTo(false))
                .body("sso.emergencyAdmins", empty());
    }

    /** The same settings behind /sso/policy: password login refused but to the emergency admin. */
    @Test
    void singleSignOnOnlyIsASettingWhoseEmergencyAdminsAreActiveStaff() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        tenant.createStaff(mfa, "clerk");
        String deputy = tenant.createStaff(mfa, "deputy");
        patch(mfa, "\"0\"", Map.of("sso", Map.of("required", true, "emergencyAdmins", List.of("no-such-staff"))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sso.emergencyAdmins[0]"));
        List<String> admins = List.of(tenant.adminId(), deputy);
        patch(mfa, "\"0\"", Map.of("sso", Map.of("required", true, "emergencyAdmins", admins)))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        as(mfa).get("/api/v1/sso/policy")
                .then()
                .header("ETag", "\"1\"")
                .body("ssoOnly", equalTo(true))
                .body("emergencyAdmins", equalTo(admins));
        anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "clerk", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://custos.io/problems/sso-required"));
        Tenants.login(tenant.slug(), "admin", Tenants.ADMIN_PASSWORD);

        // an emergency admin offboarded since stays named and blocks no later change
        as(mfa).post("/api/v1/staff/" + deputy + "/offboard").then().statusCode(200);
        patch(mfa, "\"1\"", Map.of("sso", Map.of("required", false)))
                .then()
                .statusCode(200)
                .body("sso.emergencyAdmins", equalTo(admins));
        Tenants.login(tenant.slug(), "clerk", Tenants.ADMIN_PASSWORD);
    }

    @Test
    void aMergePatchWithTheCurrentETagChangesWhatItNamesAndIsAuditedOnce() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        as(mfa).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "training",
                        Map.of("graceMode", "AFTER_DUE_PLUS_GRACE", "graceDays", 14),
                        "mfa",
                        Map.of("freshnessMinutes", Map.of("customer.export", 15))))
                .patch(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("training.graceMode", equalTo("AFTER_DUE_PLUS_GRACE"))
                .body("training.graceDays", equalTo(14))
                .body("training.attemptsPerDay", equalTo(3));
        as(mfa).get(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("training.graceDays", equalTo(14))
                .body("mfa.freshnessMinutes.'customer.export'", equalTo(15))
                .body("reviews.reminderDaysBefore", equalTo(3));

        var audit = settingsChanges(mfa)
                .body("items", hasSize(1))
                .body("items[0].actorId", equalTo(tenant.adminId()))
                .body("items[0].targetId", equalTo(tenant.id()))
                .extract()
                .jsonPath();
        Map<String, Object> before = audit.getMap("items[0].details.before");
        Map<String, Object> after = audit.getMap("items[0].details.after");
        assertThat(before)
                .containsOnlyKeys("training.graceMode", "training.graceDays", "mfa.freshnessMinutes")
                .containsEntry("training.graceMode", "BLOCK_AT_ONCE")
                .containsEntry("training.graceDays", 0)
                .containsEntry("mfa.freshnessMinutes", Map.of());
        assertThat(after)
                .containsEntry("training.graceMode", "AFTER_DUE_PLUS_GRACE")
                .containsEntry("training.graceDays", 14)
                .containsEntry("mfa.freshnessMinutes", Map.of("customer.export", 15));

        // null returns a key to its default; a patch that changes nothing keeps the version and writes no entry
        as(mfa).header("If-Match", "\"1\"")
                .body(nulled("training", "graceDays"))
                .patch(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("training.graceDays", equalTo(0))
                .body("training.graceMode", equalTo("AFTER_DUE_PLUS_GRACE"));
        as(mfa).header("If-Match", "\"2\"")
                .body(Map.of("training", Map.of("graceDays", 0)))
                .patch(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        settingsChanges(mfa).body("items", hasSize(2));
    }

    @Test
    void aStaleETagIs412AndAMissingOne428AndNeitherChangesAnything() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        patch(mfa, "\"0\"", Map.of("reviews", Map.of("reminderDaysBefore", 5)))
                .then()
                .statusCode(200);
        patch(mfa, "\"0\"", Map.of("reviews", Map.of("reminderDaysBefore", 9)))
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as(mfa).body(Map.of("reviews", Map.of("reminderDaysBefore", 9)))
                .patch(SETTINGS)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        as(mfa).get(SETTINGS).then().header("ETag", "\"1\"").body("reviews.reminderDaysBefore", equalTo(5));
    }

    @Test
    void valuesOutOfBoundsAre422NamingEachKeyAndUnknownKeysOrWrongTypes400() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        patch(
                        mfa,
                        "\"0\"",
                        Map.of(
                                "training",
                                Map.of("graceDays", 91, "attemptsPerDay", 0),
                                "mfa",
                                Map.of("freshnessMinutes", Map.of("customer.export", 15, "no.such.permission", 5))))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("training.graceDays"))
                .body("errors.field", hasItem("training.attemptsPerDay"))
                .body("errors.field", hasItem("mfa.freshnessMinutes.no.such.permission"))
                .body("errors", hasSize(3));
        patch(mfa, "\"0\"", Map.of("training", Map.of("graceDayz", 3)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("training.graceDayz"));
        patch(mfa, "\"0\"", Map.of("billing", Map.of()))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("billing"));
        patch(mfa, "\"0\"", Map.of("training", Map.of("graceDays", "two weeks")))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("training.graceDays"));
        patch(mfa, "\"0\"", Map.of("mfa", Map.of("policy", "SOMETIMES")))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mfa.policy"));
        as(mfa).get(SETTINGS)
                .then()
                .header("ETag", "\"0\"")
                .body("training.graceDays", equalTo(0))
                .body("mfa.policy", equalTo("OFF"));
        settingsChanges(mfa).body("items", empty());
    }

    @Test
    void staffWithoutTenantManageMayNeitherReadNorChangeThem() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String clerk = tenant.createStaff(mfa, "clerk");
        tenant.grantTenantWide(mfa, clerk, tenant.createRole(mfa, "Readers", "customer.read"));
        String token = Tenants.login(tenant.slug(), "clerk", Tenants.ADMIN_PASSWORD);

        as(token).get(SETTINGS).then().statusCode(403).contentType("application/problem+json");
        patch(token, "\"0\"", Map.of("training", Map.of("graceDays", 14)))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(mfa).get(SETTINGS).then().header("ETag", "\"0\"");
    }

    @Test
    void oneTenantsChangeIsNotSeenByAnother() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        String aMfa = a.adminMfaToken();
        String bMfa = b.adminMfaToken();
        patch(aMfa, "\"0\"", Map.of("privacy", Map.of("archiveDownloadDays", 7)))
                .then()
                .statusCode(200);
        as(bMfa).get(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("privacy.archiveDownloadDays", equalTo(30));
        as(aMfa).get(SETTINGS).then().body("privacy.archiveDownloadDays", equalTo(7));
    }

    @Test
    void theYamlSettingsSectionIsPlannedByADryRunThenAppliedOnceAndAudited() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String yaml = """
                settings:
                  training:
                    graceMode: AFTER_DUE_PLUS_GRACE
                    graceDays: 14
                  mfa:
                    policy: ALL
                """;
        as(mfa).contentType("application/yaml")
                .queryParam("dryRun", true)
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("changes.section", equalTo(List.of("settings", "settings", "settings")))
                .body("changes.action", hasItem("set"))
                .body("changes.key", equalTo(List.of("mfa.policy", "training.graceDays", "training.graceMode")));
        as(mfa).get(SETTINGS).then().header("ETag", "\"0\"").body("training.graceDays", equalTo(0));

        applyYaml(mfa, yaml).body("dryRun", equalTo(false)).body("changes", hasSize(3));
        as(mfa).get(SETTINGS)
                .then()
                .header("ETag", "\"1\"")
                .body("training.graceMode", equalTo("AFTER_DUE_PLUS_GRACE"))
                .body("training.graceDays", equalTo(14))
                .body("mfa.policy", equalTo("ALL"));
        applyYaml(mfa, yaml).body("changes", empty());
        // a bare OFF is YAML 1.1's false: the enum takes it as written
        applyYaml(mfa, "settings:\n  mfa:\n    policy: OFF\n").body("changes.key", equalTo(List.of("mfa.policy")));
        as(mfa).get(SETTINGS).then().body("mfa.policy", equalTo("OFF"));
        settingsChanges(mfa).body("items", hasSize(2));
    }

    @Test
    void aSettingOutOfBoundsInYamlNamesThePlaceAndLineAndAppliesNothing() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String yaml = """
                regions:
                  - {code: EU, name: Europe}
                settings:
                  reviews:
                    reminderDaysBefore: 61
                """;
        as(mfa).contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("settings.reviews.reminderDaysBefore"))
                .body("line", equalTo("5"));
        as(mfa).get(SETTINGS).then().header("ETag", "\"0\"");
        as(mfa).get("/api/v1/regions").then().body("items", hasSize(0));
    }

    /** The tenant's audit entries of settings changes. */
    private static io.restassured.response.ValidatableResponse settingsChanges(String mfa) {
        return as(mfa).queryParam("action", "tenant.settings.update")
                .get("/api/v1/audit")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse applyYaml(String token, String yaml) {
        return as(token)
                .contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response patch(String token, String etag, Map<String, Object> body) {
        return as(token).header("If-Match", etag).body(body).patch(SETTINGS);
    }

    /** {@code {group: {key: null}}}: Map.of takes no nulls. */
    private static Map<String, Object> nulled(String group, String key) {
        Map<String, Object> inner = new HashMap<>();
        inner.put(key, null);
        return Map.of(group, inner);
    }
}
