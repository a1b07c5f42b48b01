package io.custos.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Break-glass (#19): emergency access to one customer or store that stands in for the grant gate
 * only, for at most the tenant's limit, flagged on the audit trail and reviewed by someone else.
 */
class BreakGlassIT extends ItBase {

    private static final String REASON = "Customer collapsed at the till; paramedics need her emergency contact";

    private Tenants.Onboarded chain;
    private String admin;
    private String berlin;
    private String hamburg;
    private String inBerlin;
    private String inHamburg;
    /** A holder of break-glass.use alone (no grant reaches any customer), with an MFA session. */
    private String medic;

    private String medicId;
    private String emergency;

    @BeforeEach
    void chainWithTwoStoresAndAMedic() {
        chain = tenants.onboard();
        admin = chain.adminMfaToken();
        berlin = store(admin, "BER", "DE", null);
        hamburg = store(admin, "HAM", "DE", null);
        inBerlin = customer(admin, berlin, "Ana");
        inHamburg = customer(admin, hamburg, "Ben");
        medicId = chain.createStaff(admin, "medic");
        emergency = chain.createRole(admin, "Emergency", "break-glass.use");
        chain.grantTenantWide(admin, medicId, emergency);
        medic = Authenticator.enrol(Tenants.login(chain.slug(), "medic", Tenants.ADMIN_PASSWORD))
                .login(chain.slug(), "medic", Tenants.ADMIN_PASSWORD);
    }

    @Test
    void aCustomerOutsideEveryGrantIsRefusedBeforeAllowedDuringAndRefusedAfterClose() throws Exception {
        refusedAtTheGrantGate(medic, inBerlin);

        var opened = open(medic, Map.of("customerId", inBerlin, "reason", REASON, "hours", 1))
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("staffId", equalTo(medicId))
                .body("customerId", equalTo(inBerlin))
                .body("overdue", equalTo(false))
                .extract()
                .jsonPath();
        String id = opened.getString("id");
        Instant openedAt = Instant.parse(opened.getString("openedAt"));
        assertThat(Instant.parse(opened.getString("expiresAt"))).isEqualTo(openedAt.plus(Duration.ofHours(1)));
        assertThat(Instant.parse(opened.getString("reviewDueAt")))
                .isEqualTo(openedAt.plus(Duration.ofHours(1)).plus(Duration.ofDays(7)));

        as(medic).get("/api/v1/customers/" + inBerlin).then().statusCode(200).body("givenName", equalTo("Ana"));
        refusedAtTheGrantGate(medic, inHamburg);

        // The access is flagged on the trail: its grant gate names the break-glass and its reason.
        var read = as(admin)
                .queryParam("actorId", medicId)
                .queryParam("action", "customer.read")
                .queryParam("decision", "ALLOW")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(read.getList("items")).hasSize(1);
        assertThat(read.getString("items[0].targetId")).isEqualTo(inBerlin);
        assertThat(read.getList("items[0].details.gates.findAll { it.gate == 'grant' }.detail"))
                .containsExactly("break-glass " + id + ": " + REASON);
        assertThat(read.getList("items[0].details.gates.passed", Boolean.class)).containsOnly(true);
        // Privacy officers can observe the opening: it is audited as its own event.
        as(admin)
                .queryParam("action", "break-glass.open")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].targetId", equalTo(id))
                .body("items[0].actorId", equalTo(medicId))
                .body("items[0].details.reason", equalTo(REASON))
                .body("items[0].details.customerId", equalTo(inBerlin));
        // ... and they are told at once by mail; the opener is not.
        given().auth()
                .oauth2(ItEnvironment.OPERATOR_TOKEN)
                .post("/api/v1/platform/jobs/run-due")
                .then()
                .statusCode(200);
        var alerts = Mailbox.of("admin@" + chain.slug() + ".example").awaitReceived(1);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).getSubject()).isEqualTo("Emergency access opened by medic");
        assertThat(alerts.get(0).getContent().toString())
                .contains("opened emergency access to customer " + inBerlin)
                .contains("Reason given: " + REASON)
                .contains("break-glass " + id);
        assertThat(Mailbox.of("medic@" + chain.slug() + ".example").received()).isEmpty();

        as(medic)
                .post("/api/v1/break-glass/" + id + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo(medicId));
        refusedAtTheGrantGate(medic, inBerlin);
        as(medic)
                .post("/api/v1/break-glass/" + id + "/close")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("break-glass-ended"));
        as(admin)
                .queryParam("action", "break-glass.close")
                .get("/api/v1/audit")
                .then()
                .body("items.targetId", hasItem(id));
    }

    @Test
    void aStoreUseCoversThatStoresCustomersOnlyAndAnAdminMayCloseIt() {
        String id = open(
                        medic,
                        Map.of("storeId", berlin, "reason", "Flood in the stockroom, loyalty cards lost", "hours", 2))
                .statusCode(201)
                .body("storeId", equalTo(berlin))
                .extract()
                .path("id");

        as(medic).get("/api/v1/customers/" + inBerlin).then().statusCode(200);
        refusedAtTheGrantGate(medic, inHamburg);

        as(admin)
                .post("/api/v1/break-glass/" + id + "/close")
                .then()
                .statusCode(200)
                .body("closedBy", equalTo(chain.adminId()));
        refusedAtTheGrantGate(medic, inBerlin);
    }

    @Test
    void itStandsInForTheGrantGateOnlyTheTrainingGateStillApplies() {
        open(medic, Map.of("customerId", inBerlin, "reason", REASON, "hours", 1))
                .statusCode(201);
        as(medic).get("/api/v1/customers/" + inBerlin).then().statusCode(200);

        as(admin)
                .body(TrainingIT.aCourse("GDPR-BASICS"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201);
        as(medic).get("/api/v1/customers/" + inBerlin).then().statusCode(403).body("gate", equalTo("training"));
    }

    @Test
    void refusedWithoutAReasonOverTheLimitWithoutThePermissionAndForAnotherTenantsCustomer() {
        open(medic, Map.of("customerId", inBerlin, "hours", 1)).statusCode(400).body("errors.field", hasItem("reason"));
        open(medic, Map.of("customerId", inBerlin, "reason", "   ", "hours", 1))
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        open(medic, Map.of("reason", REASON, "hours", 1)).statusCode(400).body("errors.field", hasItem("customerId"));
        open(medic, Map.of("customerId", inBerlin, "storeId", berlin, "reason", REASON, "hours", 1))
                .statusCode(400)
                .body("errors.field", hasItem("customerId"));
        open(medic, Map.of("customerId", inBerlin, "reason", REASON, "hours", 5))
                .statusCode(422)
                .body("errors.field", hasItem("hours"));
        // The tenant's limit decides: raised to 6 hours, 5 are allowed; 25 is beyond the setting's bounds.
        settings(Map.of("breakGlass", Map.of("maxHours", 25)))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("breakGlass.maxHours"));
        settings(Map.of("breakGlass", Map.of("maxHours", 6))).then().statusCode(200);
        open(medic, Map.of("customerId", inBerlin, "reason", REASON, "hours", 5))
                .statusCode(201)
                .body("status", equalTo("OPEN"));

        String clerkId = chain.createStaff(admin, "clerk");
        chain.grantTenantWide(admin, clerkId, chain.createRole(admin, "Readers", "customer.read"));
        String clerk = Tenants.login(chain.slug(), "clerk", Tenants.ADMIN_PASSWORD);
        open(clerk, Map.of("customerId", inBerlin, "reason", REASON, "hours", 1))
                .statusCode(403)
                .body("gate", equalTo("grant"));
        // break-glass.use is sensitive: a holder without a second factor is refused at the mfa gate.
        String nurseId = chain.createStaff(admin, "nurse");
        chain.grantTenantWide(admin, nurseId, emergency);
        open(
                        Tenants.login(chain.slug(), "nurse", Tenants.ADMIN_PASSWORD),
                        Map.of("customerId", inBerlin, "reason", REASON, "hours", 1))
                .statusCode(403)
                .body("gate", equalTo("mfa"));

        Tenants.Onboarded other = tenants.onboard();
        String otherAdmin = other.adminMfaToken();
        String theirStore = store(otherAdmin, "MUC", "DE", null);
        String theirCustomer = customer(otherAdmin, theirStore, "Cem");
        open(medic, Map.of("customerId", theirCustomer, "reason", REASON, "hours", 1))
                .statusCode(404);
        open(medic, Map.of("storeId", theirStore, "reason", REASON, "hours", 1)).statusCode(404);
    }

    @Test
    void eachUseIsReviewedBySomeoneElseAndShowsAsOverduePastTheDeadline() {
        // Reviews due at the end of the use: closing it makes it overdue at once.
        settings(Map.of("breakGlass", Map.of("reviewDays", 0))).then().statusCode(200);
        String id = open(medic, Map.of("customerId", inBerlin, "reason", REASON, "hours", 1))
                .statusCode(201)
                .body("overdue", equalTo(false))
                .extract()
                .path("id");
        as(admin)
                .queryParam("status", "OPEN")
                .get("/api/v1/break-glass")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as(medic).post("/api/v1/break-glass/" + id + "/close").then().statusCode(200);
        as(admin).get("/api/v1/break-glass/" + id).then().statusCode(200).body("overdue", equalTo(true));
        as(admin)
                .queryParam("status", "OVERDUE")
                .get("/api/v1/break-glass")
                .then()
                .body("items.id", hasItem(id))
                .body("items.overdue", not(hasItem(false)));
        as(admin)
                .queryParam("status", "sideways")
                .get("/api/v1/break-glass")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));

        // The holder may not review; neither may a reviewer their own use.
        as(medic)
                .body(Map.of("justified", true, "note", "it was me"))
                .post("/api/v1/break-glass/" + id + "/review")
                .then()
                .statusCode(403);
        String adminsOwn = open(admin, Map.of("customerId", inHamburg, "reason", REASON, "hours", 1))
                .statusCode(201)
                .extract()
                .path("id");
        as(admin)
                .body(Map.of("justified", true, "note", "mine"))
                .post("/api/v1/break-glass/" + adminsOwn + "/review")
                .then()
                .statusCode(403)
                .body("gate", equalTo("grant"));
        as(admin)
                .body(Map.of("justified", true))
                .post("/api/v1/break-glass/" + id + "/review")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("note"));

        as(admin)
                .body(Map.of("justified", true, "note", "Paramedics confirmed the call"))
                .post("/api/v1/break-glass/" + id + "/review")
                .then()
                .statusCode(200)
                .body("justified", equalTo(true))
                .body("reviewedBy", equalTo(chain.adminId()))
                .body("reviewNote", equalTo("Paramedics confirmed the call"))
                .body("overdue", equalTo(false));
        as(admin)
                .body(Map.of("justified", false, "note", "again"))
                .post("/api/v1/break-glass/" + id + "/review")
                .then()
                .statusCode(409);
        as(admin)
                .queryParam("status", "OVERDUE")
                .get("/api/v1/break-glass")
                .then()
                .body("items.id", not(hasItem(id)));
        as(admin)
                .queryParam("status", "REVIEWED")
                .get("/api/v1/break-glass")
                .then()
                .body("items.id", hasItem(id));
        as(admin)
                .queryParam("action", "break-glass.review")
                .get("/api/v1/audit")
                .then()
                .body("items[0].targetId", equalTo(id))
                .body("items[0].details.justified", equalTo(true));

        // A holder alone sees only their own uses.
        List<String> medicSees = as(medic)
                .get("/api/v1/break-glass")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(medicSees).contains(id).doesNotContain(adminsOwn);
        as(medic).get("/api/v1/break-glass/" + adminsOwn).then().statusCode(404);
        String clerkId = chain.createStaff(admin, "clerk");
        chain.grantTenantWide(admin, clerkId, chain.createRole(admin, "Readers", "customer.read"));
        as(Tenants.login(chain.slug(), "clerk", Tenants.ADMIN_PASSWORD))
                .get("/api/v1/break-glass")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherTenantSeesNothingOfAUse() {
        String id = open(medic, Map.of("customerId", inBerlin, "reason", REASON, "hours", 1))
                .statusCode(201)
                .extract()
                .path("id");
        String otherAdmin = tenants.onboard().adminMfaToken();
        as(otherAdmin).get("/api/v1/break-glass/" + id).then().statusCode(404);
        as(otherAdmin).post("/api/v1/break-glass/" + id + "/close").then().statusCode(404);
        as(otherAdmin)
                .body(Map.of("justified", false, "note", "not ours"))
                .post("/api/v1/break-glass/" + id + "/review")
                .then()
                .statusCode(404);
        as(otherAdmin).get("/api/v1/break-glass").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(medic).get("/api/v1/customers/" + inBerlin).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse open(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/break-glass").then();
    }

    private static void refusedAtTheGrantGate(String token, String customerId) {
        as(token).get("/api/v1/customers/" + customerId).then().statusCode(403).body("gate", equalTo("grant"));
    }

    private io.restassured.response.Response settings(Map<String, Object> patch) {
        String etag = as(admin).get("/api/v1/tenant-settings").header("ETag");
        return as(admin).header("If-Match", etag).body(patch).patch("/api/v1/tenant-settings");
    }

    private static String customer(String token, String storeId, String givenName) {
        return as(token)
                .body(Map.of("storeId", storeId, "givenName", givenName, "familyName", "Lopez", "country", "DE"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
