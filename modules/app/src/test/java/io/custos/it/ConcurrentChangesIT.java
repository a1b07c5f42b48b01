package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue #22, "Retries that converge": clients racing on one thing get the answers they would get
 * one after another: one creation and conflicts, one state change and conflicts, every append and
 * every replacement; a stale {@code If-Match} stays a failed precondition; never a 5xx.
 */
class ConcurrentChangesIT extends ChainInGermanyAndCalifornia {

    private static final int CLIENTS = 8;

    @Test
    void concurrentCreationsOfOneUniqueThingGiveOneCreationAndConflictsForTheRest() {
        Map<String, Map<String, Object>> creations = new LinkedHashMap<>();
        creations.put("/api/v1/regions", Map.of("code", "NORTH", "name", "North"));
        creations.put("/api/v1/stores", Map.of("code", "HAM", "name", "Hamburg", "country", "DE"));
        creations.put("/api/v1/roles", Map.of("name", "AUDIT_HELPER", "permissions", List.of("audit.read")));
        creations.put("/api/v1/training/courses", TrainingIT.aCourse("BASICS"));
        creations.put("/api/v1/purposes", Map.of("code", "LOYALTY_NEWS", "description", "Loyalty newsletter"));
        creations.put(
                "/api/v1/staff",
                Map.of("username", "kim", "email", "kim@example.com", "password", Tenants.ADMIN_PASSWORD));
        creations.forEach((path, body) -> {
            var answers = Race.run(CLIENTS, i -> as(mfa).body(body).post(path));
            assertThat(answers.statuses()).as("POST " + path).containsOnlyKeys(201, 409);
            answers.allAnswered(201, 409);
            assertThat(answers.with(201)).as("POST " + path).hasSize(1);
        });
    }

    @Test
    void concurrentRevocationsOfOneGrantGiveOneRevocationAndConflictsForTheRest() {
        String staff = tenant.createStaff(mfa, "rita");
        String role = tenant.createRole(mfa, "READER", "customer.read");
        String grant = tenant.grantTenantWide(mfa, staff, role);

        var answers = Race.run(CLIENTS, i -> as(mfa).body(Map.of("reason", "race " + i))
                        .post("/api/v1/grants/" + grant + "/revoke"))
                .allAnswered(200, 409);

        assertThat(answers.with(200)).hasSize(1);
        assertThat(answers.with(409))
                .allSatisfy(a -> assertThat(a.json().getString("type")).endsWith("/grant-revoked"));
        as(mfa).get("/api/v1/grants/" + grant)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REVOKED"));
        assertThat(audited("grant.revoke", grant)).isEqualTo(1);
    }

    @Test
    void concurrentSuspensionsAndOffboardingsOfOneStaffMemberGiveOneChangeAndConflicts() {
        String suspended = tenant.createStaff(mfa, "sam");
        var suspensions = Race.run(CLIENTS, i -> as(mfa).post("/api/v1/staff/" + suspended + "/suspend"))
                .allAnswered(200, 409);
        assertThat(suspensions.with(200)).hasSize(1);
        assertThat(suspensions.with(409))
                .allSatisfy(a -> assertThat(a.json().getString("type")).endsWith("/staff-suspended"));
        assertThat(audited("staff.suspend", suspended)).isEqualTo(1);

        String offboarded = tenant.createStaff(mfa, "olga");
        var offboardings = Race.run(CLIENTS, i -> as(mfa).post("/api/v1/staff/" + offboarded + "/offboard"))
                .allAnswered(200, 409);
        assertThat(offboardings.with(200)).hasSize(1);
        assertThat(offboardings.with(409))
                .allSatisfy(a -> assertThat(a.json().getString("type")).endsWith("/staff-offboarded"));
        assertThat(audited("staff.offboard", offboarded)).isEqualTo(1);
    }

    @Test
    void aLostRaceWithAnIfMatchIsStillAFailedPrecondition() {
        String staff = tenant.createStaff(mfa, "pat");
        String etag = as(mfa).get("/api/v1/staff/" + staff)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        var answers = Race.run(CLIENTS, i -> as(mfa).header("If-Match", etag)
                        .body(Map.of("displayName", "Pat " + i))
                        .patch("/api/v1/staff/" + staff))
                .allAnswered(200, 412);

        assertThat(answers.with(200)).hasSize(1);
        String winner = answers.with(200).get(0).json().getString("displayName");
        as(mfa).get("/api/v1/staff/" + staff).then().body("displayName", org.hamcrest.Matchers.equalTo(winner));
    }

    @Test
    void concurrentExtensionsAndFulfilmentsOfOnePrivacyRequestGiveOneAndConflicts() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");
        String request = privacyRequest(german, "ACCESS");

        var extensions = Race.run(CLIENTS, i -> as(mfa).body(Map.of("reason", "many requests at once"))
                        .post("/api/v1/privacy-requests/" + request + "/extend"))
                .allAnswered(200, 409);
        assertThat(extensions.with(200)).hasSize(1);
        assertThat(extensions.with(409))
                .allSatisfy(a -> assertThat(a.json().getString("type")).endsWith("/already-extended"));
        assertThat(audited("privacy-request.extend", request)).isEqualTo(1);

        as(mfa).body(Map.of("method", "ID_DOCUMENT", "result", "VERIFIED"))
                .post("/api/v1/privacy-requests/" + request + "/verify-identity")
                .then()
                .statusCode(200);
        var fulfilments = Race.run(CLIENTS, i -> as(mfa).post("/api/v1/privacy-requests/" + request + "/fulfil"))
                .allAnswered(200, 409);
        assertThat(fulfilments.with(200)).hasSize(1);
        assertThat(fulfilments.with(409))
                .allSatisfy(a -> assertThat(a.json().getString("type")).endsWith("/request-closed"));
        assertThat(audited("privacy-request.fulfil", request)).isEqualTo(1);
    }

    @Test
    void concurrentConsentsForOneCustomerAndPurposeAreAllRecordedAndTheLastIsInForce() {
        String german = customer(mfa, berlin, "DE", null, "1980-01-01");

        Race.run(CLIENTS, i -> as(mfa).body(Map.of(
                                "purpose",
                                "MARKETING",
                                "state",
                                i % 2 == 0 ? "GRANTED" : "WITHDRAWN",
                                "source",
                                "POS",
                                "evidence",
                                "till " + i))
                        .post("/api/v1/customers/" + german + "/consents"))
                .allAnswered(201);

        var consents = as(mfa).get("/api/v1/customers/" + german + "/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> history = consents.getList("history.state");
        assertThat(history).hasSize(CLIENTS);
        assertThat(consents.getList("current.state")).containsExactly(history.get(CLIENTS - 1));
    }

    @Test
    void concurrentRulePackOverridesAreEachAppliedAsANewRevision() throws SQLException {
        var answers = Race.run(CLIENTS, i -> as(mfa).body(Map.of("dsarResponseDays", 20 + i))
                        .put("/api/v1/rule-packs/EU/overrides"))
                .allAnswered(200);
        assertThat(answers.all()).hasSize(CLIENTS);

        List<Integer> revisions = new ArrayList<>();
        try (Connection db = ItEnvironment.database();
                PreparedStatement query = db.prepareStatement("SELECT revision FROM regions_rule_override"
                        + " WHERE tenant_id = ? AND pack_code = 'EU' ORDER BY revision")) {
            query.setString(1, tenant.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    revisions.add(rows.getInt(1));
                }
            }
        }
        assertThat(revisions)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, CLIENTS).boxed().toList());
    }

    @Test
    void failedLoginsOfManyUsernamesAtOnceAreAllRefusedAlike() {
        InnoDbLocks before = InnoDbLocks.now();
        Race.run(2 * CLIENTS, i -> anonymous()
                        .body(Map.of("tenant", tenant.slug(), "username", "nobody-" + i, "password", "wrong-password"))
                        .post("/api/v1/auth/login"))
                .allAnswered(401);
        // each username's failures are counted in a row of its own, which no other waits for
        // (but for InnoDB's rare page-split waits, see OnboardingRushIT)
        InnoDbLocks during = InnoDbLocks.now().since(before);
        assertThat(during.deadlocks()).isZero();
        assertThat(during.waits()).isLessThanOrEqualTo(1);
    }

    /** How many entries of the tenant's audit trail record {@code action} on {@code targetId}. */
    private long audited(String action, String targetId) {
        List<String> targets = as(mfa).queryParam("action", action)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items.targetId");
        return targets.stream().filter(targetId::equals).count();
    }

    private String privacyRequest(String customer, String type) {
        return as(mfa).body(Map.of("customerId", customer, "type", type))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
