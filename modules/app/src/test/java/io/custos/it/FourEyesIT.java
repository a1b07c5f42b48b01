package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Four eyes (#19): marked actions wait for a second admin, who is never their requester. */
class FourEyesIT extends ItBase {

    private static final String SETTINGS = "/api/v1/tenant-settings";
    private static final String RETENTION = "/api/v1/audit/retention";
    private static final String PROBLEMS = "https://custos.io/problems/";

    @Test
    void fourEyesCanBeSwitchedOnOnlyWithTwoActiveApprovers() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        as(mfa).get(SETTINGS).then().statusCode(200).body("fourEyes.enabled", equalTo(false));
        switchOn(mfa, List.of("AUDIT_RETENTION"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "four-eyes-needs-approvers"))
                .body("detail", containsString("has 1"));
        as(mfa).get(SETTINGS).then().body("fourEyes.enabled", equalTo(false));
        // off by default: the action runs at once
        as(mfa).body(Map.of("days", 200)).put(RETENTION).then().statusCode(200).body("days", equalTo(200));

        String bea = tenant.createStaff(mfa, "bea");
        String managers = tenant.createRole(mfa, "Managers", "tenant.manage");
        String grant = tenant.grantTenantWide(mfa, bea, managers);
        switchOn(mfa, List.of("AUDIT_RETENTION"))
                .then()
                .statusCode(200)
                .body("fourEyes.enabled", equalTo(true))
                .body("fourEyes.actions", equalTo(List.of("AUDIT_RETENTION")));

        // switching off needs nobody; switching on again with the second approver gone is refused
        switchOff(mfa);
        as(mfa).body(Map.of("reason", "left"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(200);
        switchOn(mfa, List.of("AUDIT_RETENTION")).then().statusCode(422);
    }

    @Test
    void aHeldRetentionChangeRunsOnlyWhenASecondAdminApprovesIt() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String bea = secondApprover(tenant, mfa);
        switchOn(mfa, List.of("AUDIT_RETENTION")).then().statusCode(200);

        String approval = as(mfa).body(Map.of("days", 400))
                .put(RETENTION)
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/approvals/"))
                .body("status", equalTo("PENDING"))
                .extract()
                .path("approvalId");
        as(mfa).get(RETENTION).then().statusCode(200).body("days", nullValue());
        as(mfa).get("/api/v1/approvals/" + approval)
                .then()
                .statusCode(200)
                .body("action", equalTo("AUDIT_RETENTION"))
                .body("status", equalTo("PENDING"))
                .body("request.days", equalTo(400))
                .body("requestedBy", equalTo(tenant.adminId()));
        // an invalid request is refused at once, not held
        as(mfa).body(Map.of("days", 5)).put(RETENTION).then().statusCode(400);

        as(mfa).body(Map.of("reason", "my own"))
                .post("/api/v1/approvals/" + approval + "/approve")
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-approval"))
                .body("gate", equalTo("grant"));
        as(mfa).get(RETENTION).then().body("days", nullValue());

        String beaMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD);
        as(beaMfa)
                .body(Map.of("reason", "auditors asked for 400 days"))
                .post("/api/v1/approvals/" + approval + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo(bea))
                .body("decisionReason", equalTo("auditors asked for 400 days"))
                .body("result.days", equalTo(400));
        as(mfa).get(RETENTION).then().body("days", equalTo(400));
        as(beaMfa)
                .body(Map.of("reason", "again"))
                .post("/api/v1/approvals/" + approval + "/approve")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "approval-decided"));

        // on the trail: requested and approved by two people, the change made as its requester
        Map<String, Object> requested = audited(mfa, "approval.request", approval);
        assertThat(requested).containsEntry("actorId", tenant.adminId());
        assertThat(requested.get("details")).isEqualTo(Map.of("action", "AUDIT_RETENTION"));
        Map<String, Object> approved = audited(mfa, "approval.approve", approval);
        assertThat(approved).containsEntry("actorId", bea);
        assertThat(approved.get("details"))
                .isEqualTo(Map.of("action", "AUDIT_RETENTION", "reason", "auditors asked for 400 days"));
        as(mfa).queryParam("action", "audit.retention")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actorId", equalTo(tenant.adminId()))
                .body("items[0].details.after", equalTo(400));
        as(mfa).get("/api/v1/approvals?status=APPROVED").then().body("items.id", equalTo(List.of(approval)));
        as(mfa).get("/api/v1/approvals?status=PENDING").then().body("items", empty());
    }

    @Test
    void aSensitiveTenantWideGrantWaitsAndARejectionWithAReasonEndsIt() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String bea = secondApprover(tenant, mfa);
        String beaMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD);
        switchOn(mfa, List.of("GRANT_SENSITIVE_TENANT_WIDE")).then().statusCode(200);
        String exporters = tenant.createRole(mfa, "Exporters", "customer.export");
        String readers = tenant.createRole(mfa, "Readers", "customer.read");
        String cai = tenant.createStaff(mfa, "cai");

        // nothing sensitive in it: given at once
        tenant.grantTenantWide(mfa, cai, readers);
        String first = grantTenantWide(mfa, cai, exporters, "quarterly export")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("approvalId");
        as(mfa).get("/api/v1/grants?staffId=" + cai).then().body("items.roleId", not(hasItem(exporters)));

        as(beaMfa)
                .body(Map.of("reason", "not needed, use the report"))
                .post("/api/v1/approvals/" + first + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("not needed, use the report"));
        as(beaMfa)
                .body(Map.of("reason", "changed my mind"))
                .post("/api/v1/approvals/" + first + "/approve")
                .then()
                .statusCode(409);
        as(mfa).get("/api/v1/grants?staffId=" + cai).then().body("items.roleId", not(hasItem(exporters)));
        assertThat(audited(mfa, "approval.reject", first)).containsEntry("actorId", bea);
        as(beaMfa)
                .body(Map.of())
                .post("/api/v1/approvals/" + first + "/reject")
                .then()
                .statusCode(400);

        String second = grantTenantWide(mfa, cai, exporters, "quarterly export, agreed")
                .then()
                .statusCode(202)
                .extract()
                .path("approvalId");
        as(mfa).get("/api/v1/approvals/" + second).then().body("requestReason", equalTo("quarterly export, agreed"));
        String grant = as(beaMfa)
                .body(Map.of("reason", "agreed in the meeting"))
                .post("/api/v1/approvals/" + second + "/approve")
                .then()
                .statusCode(200)
                .body("result.roleId", equalTo(exporters))
                .body("result.grantedBy", equalTo(tenant.adminId()))
                .extract()
                .path("result.id");
        as(mfa).get("/api/v1/grants/" + grant)
                .then()
                .statusCode(200)
                .body("staffId", equalTo(cai))
                .body("grantedBy", equalTo(tenant.adminId()));
        assertThat(audited(mfa, "grant.give", grant)).containsEntry("actorId", tenant.adminId());
    }

    @Test
    void aHeldDataKeyRotationRunsOnApproval() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        secondApprover(tenant, mfa);
        String beaMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD);
        String store = store(mfa, "BER", "DE", null);
        as(mfa).body(Map.of("storeId", store, "givenName", "Ana", "familyName", "Lopez", "country", "DE"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201);
        switchOn(mfa, List.of("DATA_KEY_ROTATION")).then().statusCode(200);

        String approval = as(mfa).post("/api/v1/data-key/rotate")
                .then()
                .statusCode(202)
                .extract()
                .path("approvalId");
        assertThat(as(mfa).queryParam("action", "data-key.rotate")
                        .get("/api/v1/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .as("not rotated yet")
                .isEmpty();
        as(beaMfa)
                .body(Map.of("reason", "yearly rotation"))
                .post("/api/v1/approvals/" + approval + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("result.customerKeys", equalTo(1));
        as(mfa).get("/api/v1/approvals/" + approval).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aTenantsFirstConfigurationIsNeverHeldAndLaterOnesWaitForApproval() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        secondApprover(tenant, mfa);
        String beaMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD);
        switchOn(mfa, List.of("TENANT_CONFIGURATION")).then().statusCode(200);

        applyConfig(mfa, 20, "").then().statusCode(200);
        as(mfa).get(SETTINGS).then().body("privacy.archiveDownloadDays", equalTo(20));
        applyConfig(mfa, 25, "?dryRun=true").then().statusCode(200).body("dryRun", equalTo(true));
        String approval =
                applyConfig(mfa, 25, "").then().statusCode(202).extract().path("approvalId");
        as(mfa).get(SETTINGS).then().body("privacy.archiveDownloadDays", equalTo(20));

        as(beaMfa)
                .body(Map.of("reason", "reviewed the file"))
                .post("/api/v1/approvals/" + approval + "/approve")
                .then()
                .statusCode(200)
                .body("result.changes.key", equalTo(List.of("privacy.archiveDownloadDays")));
        as(mfa).get(SETTINGS).then().body("privacy.archiveDownloadDays", equalTo(25));
    }

    private static io.restassured.response.Response applyConfig(String mfa, int archiveDays, String query) {
        return as(mfa).contentType("application/yaml")
                .body(("settings:\n  privacy:\n    archiveDownloadDays: " + archiveDays + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config" + query);
    }

    @Test
    void anotherTenantsApprovalsAreNotFound() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        secondApprover(tenant, mfa);
        switchOn(mfa, List.of("AUDIT_RETENTION")).then().statusCode(200);
        String approval = as(mfa).body(Map.of("days", 500))
                .put(RETENTION)
                .then()
                .statusCode(202)
                .extract()
                .path("approvalId");

        var other = tenants.onboard();
        String otherMfa = other.adminMfaToken();
        as(otherMfa).get("/api/v1/approvals/" + approval).then().statusCode(404);
        for (String decision : List.of("approve", "reject")) {
            as(otherMfa)
                    .body(Map.of("reason", "not mine"))
                    .post("/api/v1/approvals/" + approval + "/" + decision)
                    .then()
                    .statusCode(404)
                    .body("type", endsWith("not-found"));
        }
        as(otherMfa).get("/api/v1/approvals").then().statusCode(200).body("items", empty());
        as(mfa).get("/api/v1/approvals/" + approval).then().statusCode(200).body("status", equalTo("PENDING"));
        // tenant.manage is sensitive: no approvals without a second factor
        as(tenant.adminToken()).get("/api/v1/approvals").then().statusCode(403).body("gate", equalTo("mfa"));
    }

    /** A second active holder of tenant.manage over the whole tenant, named bea; answers their id. */
    private static String secondApprover(Tenants.Onboarded tenant, String mfa) {
        String bea = tenant.createStaff(mfa, "bea");
        tenant.grantTenantWide(mfa, bea, tenant.createRole(mfa, "Managers", "tenant.manage"));
        return bea;
    }

    /** The one trail entry of {@code action} about {@code target}. */
    private static Map<String, Object> audited(String mfa, String action, String target) {
        List<Map<String, Object>> entries = as(mfa).queryParam("action", action)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.targetId == '" + target + "' }");
        assertThat(entries).as(action + " of " + target).hasSize(1);
        return entries.get(0);
    }

    private static io.restassured.response.Response grantTenantWide(
            String mfa, String staffId, String roleId, String reason) {
        return as(mfa).body(Map.of(
                        "staffId", staffId, "roleId", roleId, "scope", Map.of("type", "TENANT"), "reason", reason))
                .post("/api/v1/grants");
    }

    private static io.restassured.response.Response switchOn(String mfa, List<String> actions) {
        return patchSettings(mfa, Map.of("fourEyes", Map.of("enabled", true, "actions", actions)));
    }

    private static void switchOff(String mfa) {
        patchSettings(mfa, Map.of("fourEyes", Map.of("enabled", false))).then().statusCode(200);
    }

    private static io.restassured.response.Response patchSettings(String mfa, Map<String, Object> patch) {
        String etag = as(mfa).get(SETTINGS).then().statusCode(200).extract().header("ETag");
        return as(mfa).contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(patch)
                .patch(SETTINGS);
    }
}
