package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.custos.it.Tenants.Onboarded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Courses, acknowledgments and the training gate of the access decision, over HTTP. */
class TrainingIT extends ItBase {

    private Onboarded tenant;
    private String mfa;
    private String europe;
    private String berlin;
    private String shanghai;
    private String salesAssociate;
    private String sam;
    private String samToken;
    private String customerInBerlin;

    @BeforeEach
    void aChainWithAnAssociateInBerlinAndACustomerThere() {
        tenant = tenants.onboard();
        mfa = tenant.adminMfaToken();
        europe = as(mfa).body(Map.of("code", "EUROPE", "name", "Europe"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        berlin = store(mfa, "BER", "DE", europe);
        shanghai = store(mfa, "SHA", "CN", null);
        salesAssociate = as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'SALES_ASSOCIATE' }.id");
        sam = tenant.createStaff(tenant.adminToken(), "sam", berlin);
        grant(sam, Map.of("type", "STORE", "id", berlin));
        samToken = Tenants.login(tenant.slug(), "sam", Tenants.ADMIN_PASSWORD);
        customerInBerlin = as(mfa).body(
                        Map.of("storeId", berlin, "givenName", "Ana", "familyName", "Lopez", "country", "DE"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void accessIsRefusedNamingTheCourseUntilItIsAcknowledged() {
        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);
        course(aCourse("GDPR-BASICS")).then().statusCode(201).header("Location", containsString("GDPR-BASICS"));

        as(samToken)
                .get("/api/v1/customers/" + customerInBerlin)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("gate", equalTo("training"))
                .body("detail", containsString("GDPR-BASICS"))
                .body("detail", containsString("never acknowledged"));
        as(samToken)
                .get("/api/v1/me/training")
                .then()
                .statusCode(200)
                .body("items.courseCode", contains("GDPR-BASICS"))
                .body("items[0].status", equalTo("DUE"))
                .body("items[0].currentVersion", equalTo("2026.1"))
                .body("items[0].dueAt", notNullValue())
                .body("items[0].acknowledgedVersion", nullValue());

        acknowledge(samToken, "GDPR-BASICS", "2026.1", null)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/me/training/GDPR-BASICS"))
                .body("passed", equalTo(true))
                .body("version", equalTo("2026.1"))
                .body("statementHash", matchesPattern("[0-9a-f]{64}"))
                .body("client", equalTo("TrainingIT/1.0"))
                .body("expiresAt", notNullValue());

        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);
        as(samToken)
                .get("/api/v1/me/training")
                .then()
                .body("items[0].status", equalTo("CURRENT"))
                .body("items[0].acknowledgedVersion", equalTo("2026.1"));
        as(mfa).queryParam("staffId", sam)
                .queryParam("customerId", customerInBerlin)
                .queryParam("action", "customer.read")
                .get("/api/v1/access/explain")
                .then()
                .statusCode(200)
                .body("allowed", equalTo(true))
                .body("gates[2].gate", equalTo("training"))
                .body("gates[2].detail", containsString("GDPR-BASICS 2026.1"));
        as(mfa).queryParam("action", "training.acknowledge")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.actorId", hasItem(sam));
    }

    @Test
    void listsLeaveOutCustomersWhoseRequiredCourseIsMissing() {
        as(samToken).get("/api/v1/customers").then().statusCode(200).body("items.id", contains(customerInBerlin));
        course(aCourse("GDPR-BASICS")).then().statusCode(201);
        as(samToken).get("/api/v1/customers").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        acknowledge(samToken, "GDPR-BASICS", "2026.1", null).then().statusCode(201);
        as(samToken).get("/api/v1/customers").then().body("items.id", contains(customerInBerlin));
    }

    @Test
    void aCourseForAnotherJurisdictionOrPermissionDoesNotGate() {
        Map<String, Object> china = new HashMap<>(aCourse("PIPL"));
        china.put("jurisdictions", List.of("CN"));
        course(china).then().statusCode(201);
        Map<String, Object> exports = new HashMap<>(aCourse("EXPORTS"));
        exports.put("requiredForPermissions", List.of("customer.export"));
        course(exports).then().statusCode(201);

        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);
        as(mfa).queryParam("staffId", sam)
                .queryParam("customerId", customerInBerlin)
                .queryParam("action", "customer.read")
                .get("/api/v1/access/explain")
                .then()
                .body("gates[2].passed", equalTo(true))
                .body("gates[2].detail", containsString("no course is required"));
    }

    @Test
    void aNewVersionThatRequiresReacknowledgmentGatesAgain() {
        course(aCourse("GDPR-BASICS")).then().statusCode(201);
        acknowledge(samToken, "GDPR-BASICS", "2026.1", null).then().statusCode(201);

        publish("GDPR-BASICS", "2026.2", true)
                .then()
                .statusCode(201)
                .header("Location", containsString("/versions/2026.2"))
                .body("current", equalTo(true))
                .body("seq", equalTo(2));
        as(samToken)
                .get("/api/v1/customers/" + customerInBerlin)
                .then()
                .statusCode(403)
                .body("gate", equalTo("training"))
                .body("detail", containsString("version 2026.1 was acknowledged"));
        acknowledge(samToken, "GDPR-BASICS", "2026.1", null)
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        acknowledge(samToken, "GDPR-BASICS", "2026.2", null).then().statusCode(201);
        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);

        publish("GDPR-BASICS", "2026.2a", false).then().statusCode(201);
        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);
        publish("GDPR-BASICS", "2026.2", true).then().statusCode(409);
        as(samToken)
                .get("/api/v1/training/courses/GDPR-BASICS/versions")
                .then()
                .statusCode(200)
                .body("items.version", contains("2026.1", "2026.2", "2026.2a"))
                .body("items.current", contains(false, false, true));
    }

    /**
     * The server's clock cannot be moved, so the acknowledgment is aged in the database: its
     * validity ran out yesterday, as it would after a year.
     */
    @Test
    void anExpiredAcknowledgmentGatesAgainAndIsOverdue() throws Exception {
        course(aCourse("GDPR-BASICS")).then().statusCode(201);
        String acknowledgment = acknowledge(samToken, "GDPR-BASICS", "2026.1", null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);

        try (Connection db = ItEnvironment.database();
                PreparedStatement age = db.prepareStatement("UPDATE training_acknowledgment"
                        + " SET acknowledged_at = acknowledged_at - INTERVAL 366 DAY,"
                        + " expires_at = expires_at - INTERVAL 366 DAY WHERE id = ?")) {
            age.setString(1, acknowledgment);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }

        as(samToken)
                .get("/api/v1/customers/" + customerInBerlin)
                .then()
                .statusCode(403)
                .body("gate", equalTo("training"))
                .body("detail", containsString("GDPR-BASICS"))
                .body("detail", containsString("expired"));
        as(samToken)
                .get("/api/v1/me/training")
                .then()
                .body("items[0].status", equalTo("EXPIRED"))
                .body("items[0].overdue", equalTo(true));
        as(mfa).queryParam("groupBy", "course")
                .get("/api/v1/training/report")
                .then()
                .body("items.find { it.code == 'GDPR-BASICS' }.expired", equalTo(1))
                .body("items.find { it.code == 'GDPR-BASICS' }.overdue", equalTo(1))
                .body("overdue.staffId", contains(sam))
                .body("overdue[0].status", equalTo("EXPIRED"));
        as(mfa).queryParam("withinDays", 0)
                .get("/api/v1/training/due")
                .then()
                .body("items.staffId", contains(sam))
                .body("items[0].overdue", equalTo(true));

        acknowledge(samToken, "GDPR-BASICS", "2026.1", null).then().statusCode(201);
        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);
    }

    /** A pass mark alone is no quiz (quizzes: QuizIT): acknowledging needs no attempt, and a client's score counts for nothing. */
    @Test
    void aPassMarkWithoutAQuizAsksNoAttemptAndIgnoresTheClientsScore() {
        Map<String, Object> withPassMark = new HashMap<>(aCourse("GDPR-QUIZ"));
        withPassMark.put("passMark", 80);
        course(withPassMark).then().statusCode(201);

        acknowledge(samToken, "GDPR-QUIZ", "2026.1", 50)
                .then()
                .statusCode(201)
                .body("passed", equalTo(true))
                .body("score", nullValue())
                .body("attemptId", nullValue())
                .body("contentHash", matchesPattern("[0-9a-f]{64}"));
        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);
        as(samToken)
                .get("/api/v1/me/training/GDPR-QUIZ")
                .then()
                .statusCode(200)
                .body("attempts.passed", contains(true))
                .body("passMark", nullValue())
                .body("quiz", nullValue())
                .body("statement", containsString("GDPR-QUIZ"));
        acknowledge(samToken, "NO-SUCH-COURSE", "1", null).then().statusCode(404);
    }

    @Test
    void assignmentsFollowGrantsAndTheirJurisdictions() {
        String wei = tenant.createStaff(tenant.adminToken(), "wei", shanghai);
        String weiGrant = grant(wei, Map.of("type", "STORE", "id", shanghai));
        course(aCourse("GDPR-BASICS")).then().statusCode(201);

        assignmentsOf(sam)
                .body("items.courseCode", contains("GDPR-BASICS"))
                .body("items[0].source", equalTo("DERIVED"));
        assignmentsOf(wei).body("items", empty());

        String weiInEurope = grant(wei, Map.of("type", "REGION", "id", europe));
        assignmentsOf(wei).body("items.courseCode", contains("GDPR-BASICS"));
        as(mfa).body(Map.of("reason", "back to Shanghai only"))
                .post("/api/v1/grants/" + weiInEurope + "/revoke")
                .then()
                .statusCode(200);
        assignmentsOf(wei).body("items", empty());

        String manual = as(mfa).body(
                        Map.of("staffId", wei, "courseCode", "GDPR-BASICS", "dueAt", "2099-01-31T00:00:00Z"))
                .post("/api/v1/training/assignments")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("source", equalTo("MANUAL"))
                .body("dueAt", equalTo("2099-01-31T00:00:00Z"))
                .extract()
                .path("id");
        as(mfa).get("/api/v1/training/assignments/" + manual)
                .then()
                .statusCode(200)
                .body("staffId", equalTo(wei));
        as(mfa).body(Map.of("staffId", wei, "courseCode", "GDPR-BASICS"))
                .post("/api/v1/training/assignments")
                .then()
                .statusCode(409);
        as(mfa).body(Map.of("staffId", "no-such-staff", "courseCode", "GDPR-BASICS"))
                .post("/api/v1/training/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("staffId"));
        as(mfa).body(Map.of("staffId", wei, "courseCode", "GDPR-BASICS", "dueAt", "2001-01-01T00:00:00Z"))
                .post("/api/v1/training/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueAt"));
        as(samToken)
                .body(Map.of("staffId", wei, "courseCode", "GDPR-BASICS"))
                .post("/api/v1/training/assignments")
                .then()
                .statusCode(403);
        as(mfa).body(Map.of("reason", "left"))
                .post("/api/v1/grants/" + weiGrant + "/revoke")
                .then()
                .statusCode(200);
        assignmentsOf(wei).body("items.source", contains("MANUAL"));
    }

    @Test
    void theReportGivesCompletionByCourseStoreAndRegionAndTheFeedWhatIsDue() {
        String lena = tenant.createStaff(tenant.adminToken(), "lena", berlin);
        grant(lena, Map.of("type", "STORE", "id", berlin));
        course(aCourse("GDPR-BASICS")).then().statusCode(201);
        acknowledge(samToken, "GDPR-BASICS", "2026.1", null).then().statusCode(201);

        as(mfa).queryParam("groupBy", "course")
                .get("/api/v1/training/report")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("GDPR-BASICS"))
                .body("items.find { it.code == 'GDPR-BASICS' }.staff", equalTo(3))
                .body("items.find { it.code == 'GDPR-BASICS' }.current", equalTo(1))
                .body("items.find { it.code == 'GDPR-BASICS' }.due", equalTo(2))
                .body("items.find { it.code == 'GDPR-BASICS' }.completionRate", equalTo(0.3333f))
                .body("overdue", empty());
        as(mfa).queryParam("groupBy", "store")
                .get("/api/v1/training/report")
                .then()
                .statusCode(200)
                .body("items.find { it.code == 'BER' }.key", equalTo(berlin))
                .body("items.find { it.code == 'BER' }.staff", equalTo(2))
                .body("items.find { it.code == 'BER' }.completionRate", equalTo(0.5f));
        as(mfa).queryParam("groupBy", "region")
                .get("/api/v1/training/report")
                .then()
                .statusCode(200)
                .body("items.find { it.code == 'EUROPE' }.current", equalTo(1));
        as(mfa).queryParam("groupBy", "planet")
                .get("/api/v1/training/report")
                .then()
                .statusCode(400);
        as(samToken).get("/api/v1/training/report").then().statusCode(403);

        as(mfa).queryParam("withinDays", 31)
                .get("/api/v1/training/due")
                .then()
                .statusCode(200)
                .body("items.staffId", hasItem(lena))
                .body("items.staffId", not(hasItem(sam)))
                .body("items.find { it.staffId == '" + lena + "' }.status", equalTo("DUE"))
                .body("nextCursor", nullValue());
        as(mfa).queryParam("withinDays", 1).get("/api/v1/training/due").then().body("items", empty());
        as(mfa).queryParam("withinDays", 366)
                .get("/api/v1/training/due")
                .then()
                .statusCode(200)
                .body("items.staffId", hasItem(sam));
        as(mfa).queryParam("withinDays", 367).get("/api/v1/training/due").then().statusCode(400);
    }

    @Test
    void badCoursesAreNamed() {
        Map<String, Object> body = new HashMap<>(aCourse("BAD"));
        body.put("jurisdictions", List.of("ATLANTIS"));
        course(body).then().statusCode(400).body("errors[0].field", equalTo("jurisdictions"));
        body = new HashMap<>(aCourse("BAD"));
        body.put("requiredForPermissions", List.of("customer.teleport"));
        course(body).then().statusCode(400).body("errors[0].field", equalTo("requiredForPermissions"));
        body = new HashMap<>(aCourse("BAD"));
        body.remove("title");
        course(body).then().statusCode(400).body("errors.field", hasItem("title"));
        body = new HashMap<>(aCourse("BAD"));
        body.put("validityMonths", 0);
        course(body).then().statusCode(400).body("errors.field", hasItem("validityMonths"));

        course(aCourse("GOOD")).then().statusCode(201);
        course(aCourse("GOOD")).then().statusCode(409);
        as(samToken)
                .body(aCourse("MINE"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(403);
        as(samToken)
                .get("/api/v1/training/courses/GOOD")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("version", equalTo("2026.1"));
        as(samToken).get("/api/v1/training/courses").then().statusCode(200).body("items.code", contains("GOOD"));
    }

    @Test
    void changingACoursesJurisdictionsNeedsTheEtagAndMovesAssignmentsAndTheGate() {
        course(aCourse("GDPR-BASICS")).then().statusCode(201);
        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(403);
        String etag = as(mfa).get("/api/v1/training/courses/GDPR-BASICS")
                .then()
                .extract()
                .header("ETag");
        Map<String, Object> toChina = Map.of("jurisdictions", List.of("CN"), "validityMonths", 24);

        as(mfa).body(toChina)
                .patch("/api/v1/training/courses/GDPR-BASICS")
                .then()
                .statusCode(428);
        as(mfa).header("If-Match", etag)
                .body(Map.of("jurisdictions", List.of("ATLANTIS")))
                .patch("/api/v1/training/courses/GDPR-BASICS")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("jurisdictions"));
        as(mfa).header("If-Match", etag)
                .body(toChina)
                .patch("/api/v1/training/courses/GDPR-BASICS")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("jurisdictions", contains("CN"))
                .body("validityMonths", equalTo(24));
        as(mfa).header("If-Match", etag)
                .body(toChina)
                .patch("/api/v1/training/courses/GDPR-BASICS")
                .then()
                .statusCode(412);

        as(samToken).get("/api/v1/customers/" + customerInBerlin).then().statusCode(200);
        assignmentsOf(sam).body("items", empty());
        as(mfa).queryParam("action", "training.course.update")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void aRetriedCreationWithTheSameKeyCreatesOneCourse() {
        as(mfa).header("Idempotency-Key", "course-1")
                .body(aCourse("ONCE"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201);
        as(mfa).header("Idempotency-Key", "course-1")
                .body(aCourse("ONCE"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201)
                .body("code", equalTo("ONCE"));
        as(mfa).get("/api/v1/training/courses").then().body("items", hasSize(1));
    }

    @Test
    void coursesComeFromTenantConfigurationAndApplyingTwiceChangesNothing() {
        String yaml = """
                courses:
                  - code: PRIVACY-BASICS
                    title: Handling customer data
                    version: "2026.1"
                    validityMonths: 12
                    jurisdictions: [EU, GB]
                    requiredForPermissions: [customer.read]
                    passMark: 80
                """;
        tenantConfig(yaml).then().statusCode(200).body("changes.key", contains("PRIVACY-BASICS"));
        tenantConfig(yaml).then().statusCode(200).body("changes", empty());
        as(samToken)
                .get("/api/v1/training/courses/PRIVACY-BASICS")
                .then()
                .statusCode(200)
                .body("passMark", equalTo(80))
                .body("jurisdictions", contains("EU", "GB"));
        assignmentsOf(sam).body("items.courseCode", contains("PRIVACY-BASICS"));

        tenantConfig(yaml.replace("2026.1", "2026.2"))
                .then()
                .statusCode(200)
                .body("changes[0].action", equalTo("publish"))
                .body("changes[0].key", equalTo("PRIVACY-BASICS 2026.2"));
        tenantConfig(yaml.replace("PRIVACY-BASICS", "OTHER").replace("validityMonths: 12", "validityMonths: often"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("courses[0].validityMonths"));
        tenantConfig(yaml.replace("PRIVACY-BASICS", "OTHER").replace("[EU, GB]", "[EU, MARS]"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("courses[0].jurisdictions"));
        as(mfa).get("/api/v1/training/courses").then().body("items.code", contains("PRIVACY-BASICS"));
    }

    @Test
    void anotherTenantsCoursesAreNotFound() {
        course(aCourse("GDPR-BASICS")).then().statusCode(201);
        Onboarded other = tenants.onboard();
        String otherMfa = other.adminMfaToken();
        as(otherMfa).get("/api/v1/training/courses/GDPR-BASICS").then().statusCode(404);
        as(otherMfa)
                .body(Map.of("version", "2026.9", "requiresReacknowledgment", true))
                .post("/api/v1/training/courses/GDPR-BASICS/versions")
                .then()
                .statusCode(404);
        acknowledge(otherMfa, "GDPR-BASICS", "2026.1", null).then().statusCode(404);
        as(otherMfa)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Taken over"))
                .patch("/api/v1/training/courses/GDPR-BASICS")
                .then()
                .statusCode(404);
        String samsAssignment = assignmentsOf(sam).extract().path("items[0].id");
        as(otherMfa)
                .get("/api/v1/training/assignments/" + samsAssignment)
                .then()
                .statusCode(404);
        as(otherMfa)
                .queryParam("staffId", sam)
                .get("/api/v1/training/assignments")
                .then()
                .body("items", empty());
        as(otherMfa)
                .body(Map.of("staffId", sam, "courseCode", "GDPR-BASICS"))
                .post("/api/v1/training/assignments")
                .then()
                .statusCode(400);
        as(otherMfa).get("/api/v1/training/courses").then().body("items", empty());
        as(otherMfa)
                .body(aCourse("GDPR-BASICS"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201);
        as(mfa).get("/api/v1/training/courses/GDPR-BASICS/versions").then().body("items", hasSize(1));
    }

    private io.restassured.response.Response tenantConfig(String yaml) {
        return as(mfa).contentType("application/yaml")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/tenant-config");
    }

    /** A course requiring customer.read in the EU: the body of POST /training/courses. */
    static Map<String, Object> aCourse(String code) {
        return Map.of(
                "code",
                code,
                "title",
                "Data privacy basics " + code,
                "version",
                "2026.1",
                "validityMonths",
                12,
                "jurisdictions",
                List.of("EU"),
                "requiredForPermissions",
                List.of("customer.read"));
    }

    private io.restassured.response.Response course(Map<String, Object> body) {
        return as(mfa).body(body).post("/api/v1/training/courses");
    }

    private io.restassured.response.Response publish(String code, String version, boolean reacknowledge) {
        return as(mfa).body(Map.of("version", version, "requiresReacknowledgment", reacknowledge))
                .post("/api/v1/training/courses/" + code + "/versions");
    }

    private static io.restassured.response.Response acknowledge(
            String token, String code, String version, Integer score) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version));
        if (score != null) {
            body.put("score", score);
        }
        return as(token)
                .header("User-Agent", "TrainingIT/1.0")
                .body(body)
                .post("/api/v1/me/training/" + code + "/acknowledge");
    }

    private io.restassured.response.ValidatableResponse assignmentsOf(String staffId) {
        return as(mfa).queryParam("staffId", staffId)
                .get("/api/v1/training/assignments")
                .then()
                .statusCode(200);
    }

    private String grant(String staffId, Map<String, Object> scope) {
        return as(mfa).body(Map.of("staffId", staffId, "roleId", salesAssociate, "scope", scope, "reason", "test"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
