package io.custos.it;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TenantConfigIT extends ItBase {

    private static final String YAML = "application/yaml";

    private static byte[] bytes(String yaml) {
        return yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theExampleAppliesToAFreshTenantOnceAndItsDryRunChangesNothing() throws IOException {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String example = Files.readString(Path.of(System.getProperty("custos.tenant-config.dir"), "example.yaml"));

        as(mfa).contentType(YAML)
                .queryParam("dryRun", true)
                .body(bytes(example))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("changes", not(empty()));
        as(mfa).get("/api/v1/stores").then().body("items", hasSize(0));

        as(mfa).contentType(YAML)
                .body(bytes(example))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("changes.key", hasItem("SFO-UNION"));
        as(mfa).get("/api/v1/stores")
                .then()
                .body("items", hasSize(8))
                .body("items.find { it.code == 'SFO-UNION' }.rulePack", equalTo("US-CA"))
                .body("items.find { it.code == 'SHA-NANJING' }.rulePack", equalTo("CN"));
        as(mfa).get("/api/v1/rule-packs/US-CA").then().body("dsarResponseDays", equalTo(30));

        as(mfa).contentType(YAML)
                .body(bytes(example))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body("changes", empty());
    }

    @Test
    void anInvalidFileNamesThePlaceAndLineAndAppliesNothing() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String yaml = """
                regions:
                  - {code: EU, name: Europe}
                stores:
                  - {code: OK-1, name: Fine, country: DE}
                  - {code: BAD-1, name: Broken, country: XX}
                """;
        as(mfa).contentType(YAML)
                .body(bytes(yaml))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("stores[1].country"))
                .body("line", equalTo("5"));
        as(mfa).get("/api/v1/regions").then().body("items", hasSize(0));
        as(mfa).get("/api/v1/stores").then().body("items", hasSize(0));
    }

    @Test
    void unknownSectionsReferencesAndSyntaxErrorsAreNamed() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        as(mfa).contentType(YAML)
                .body(bytes("shops:\n  - x\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shops"));
        as(mfa).contentType(YAML)
                .body(bytes("stores:\n  - {code: S-1, name: S, country: DE, region: NOWHERE}\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("stores[0].region"));
        as(mfa).contentType(YAML)
                .body(bytes("stores: [ {code: S-1\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://custos.io/problems/tenant-config"));
    }

    @Test
    void aLooserOverrideInTheFileIsRefusedWhole() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        as(mfa).contentType(YAML)
                .body(bytes("regions:\n  - {code: R1, name: One}\nruleOverrides:\n  EU:\n    dsarResponseDays: 60\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("dsarResponseDays"));
        as(mfa).get("/api/v1/regions").then().body("items", hasSize(0));
    }

    @Test
    void recurringAccessReviewsAreTheListTheDocumentGivesAndRefuseWhatIsUnknown() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String both = "regions:\n  - {code: EU, name: Europe}\naccessReviews:\n  recurring:\n"
                + "    - {name: Quarterly, every: QUARTERLY, dueInDays: 14}\n"
                + "    - {name: Europe yearly, every: YEARLY, region: EU, dueInDays: 30, revokeUnanswered: true}\n";
        String reviews = "changes.findAll { it.section == 'accessReviews' }";
        as(mfa).contentType(YAML)
                .body(bytes(both))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body(reviews + ".action", equalTo(java.util.List.of("create", "create")))
                .body(reviews + ".key", equalTo(java.util.List.of("Quarterly", "Europe yearly")));
        as(mfa).contentType(YAML)
                .body(bytes(both))
                .put("/api/v1/tenant-config")
                .then()
                .body("changes", empty());
        as(mfa).contentType(YAML)
                .body(bytes("accessReviews:\n  recurring:\n    - {name: Quarterly, every: QUARTERLY, dueInDays: 21}\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(200)
                .body(reviews + ".action", equalTo(java.util.List.of("update", "delete")))
                .body(reviews + ".key", equalTo(java.util.List.of("Quarterly", "Europe yearly")));

        as(mfa).contentType(YAML)
                .body(bytes("accessReviews:\n  recurring:\n    - {name: Weekly, every: WEEKLY, dueInDays: 7}\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("accessReviews.recurring[0].every"));
        as(mfa).contentType(YAML)
                .body(
                        bytes(
                                "accessReviews:\n  recurring:\n    - {name: X, every: MONTHLY, region: NOWHERE, dueInDays: 7}\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("accessReviews.recurring[0].region"));
        as(mfa).contentType(YAML)
                .body(bytes("accessReviews:\n  recurring:\n    - {name: X, every: MONTHLY, dueInDays: 0}\n"))
                .put("/api/v1/tenant-config")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("accessReviews.recurring[0].dueInDays"));
    }
}
