package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.custos.it.Tenants.Onboarded;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly training report over HTTP: figures of past months from the recorded history. The
 * server's clock cannot be moved, so the history is dated back in the database after it was
 * recorded through the API, to known days of the last months.
 */
class TrainingReportIT extends ItBase {

    private static final DateTimeFormatter DATABASE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Onboarded tenant;
    private String mfa;
    private String berlin;
    private String hamburg;
    private String anna;
    private String ben;
    private String annasToken;

    /** The sixth day of the month {@code back} months before this one, at midnight UTC. */
    private static Instant inMonth(int back) {
        return YearMonth.now(ZoneOffset.UTC)
                .minusMonths(back)
                .atDay(6)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    @BeforeEach
    void annaInBerlinAndBenInHamburgWithAHistory() throws Exception {
        tenant = tenants.onboard();
        mfa = tenant.adminMfaToken();
        String europe = as(mfa).body(Map.of("code", "EUROPE", "name", "Europe"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        berlin = store(mfa, "BER", "DE", europe);
        hamburg = store(mfa, "HAM", "DE", null);
        String associate = as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'SALES_ASSOCIATE' }.id");
        anna = tenant.createStaff(tenant.adminToken(), "anna", berlin);
        ben = tenant.createStaff(tenant.adminToken(), "ben", hamburg);
        grant(anna, associate, berlin);
        String bensGrant = grant(ben, associate, hamburg);
        annasToken = Tenants.login(tenant.slug(), "anna", Tenants.ADMIN_PASSWORD);
        as(mfa).body(TrainingIT.aCourse("GDPR-BASICS"))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201);
        as(annasToken)
                .body(Map.of("version", "2026.1"))
                .post("/api/v1/me/training/GDPR-BASICS/acknowledge")
                .then()
                .statusCode(201);
        as(mfa).body(Map.of("reason", "moved to the warehouse"))
                .post("/api/v1/grants/" + bensGrant + "/revoke")
                .then()
                .statusCode(200);

        // Assigned four months ago, due three months ago; Anna acknowledged two months ago, Ben's
        // assignment was withdrawn last month (and its row deleted: only its period is left).
        try (Connection db = ItEnvironment.database()) {
            update(db, "UPDATE training_course_version SET published_at = ? WHERE tenant_id = ?", inMonth(5));
            update(
                    db,
                    "UPDATE training_assignment_period SET started_at = ?, due_at = ? WHERE tenant_id = ? AND staff_id IN ('"
                            + anna + "', '" + ben + "')",
                    inMonth(4),
                    inMonth(3));
            update(
                    db,
                    "UPDATE training_assignment_period SET ended_at = ? WHERE tenant_id = ? AND staff_id = '" + ben
                            + "'",
                    inMonth(1));
            update(
                    db,
                    "UPDATE training_acknowledgment SET acknowledged_at = ?, expires_at = ? WHERE tenant_id = ?",
                    inMonth(2),
                    inMonth(2).atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
        }
    }

    @Test
    void eachMonthCountsWhoWasAssignedCompleteAndOverdueThen() {
        JsonPath report = monthly("store", 12);
        List<String> months = report.getList("months.month");
        assertThat(months)
                .hasSize(13)
                .last()
                .isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(report.getList("months.toDate", Boolean.class)).containsOnlyOnce(true);

        assertThat(figures(report, "BER"))
                .as("assigned, due, overdue, acknowledged")
                .containsExactly("5:-", "4:1/0/0", "3:1/0/1", "2:1/1/0", "1:1/1/0", "0:1/1/0");
        assertThat(figures(report, "HAM"))
                .as("overdue until withdrawn last month")
                .containsExactly("5:-", "4:1/0/0", "3:1/0/1", "2:1/0/1", "1:-", "0:-");
        assertThat(figures(monthly("region", 12), "EUROPE"))
                .containsExactly("5:-", "4:1/0/0", "3:1/0/1", "2:1/1/0", "1:1/1/0", "0:1/1/0");
        assertThat(figures(monthly("course", 2), "GDPR-BASICS"))
                .as("two months and this one; Anna, and the admin (tenant-wide customer.read) this month")
                .containsExactly("2:2/1/1", "1:1/1/0", "0:2/1/0");
        assertThat(monthly("store", 12)
                        .getDouble("items.find { it.code == 'HAM' && it.month == '"
                                + YearMonth.from(inMonth(3).atZone(ZoneOffset.UTC)) + "' }.overdueRate"))
                .isEqualTo(1.0);

        // A version requiring a new acknowledgment changes this month only: Anna is outdated but
        // within the renewed grace; the months before keep what they were.
        as(mfa).body(Map.of("version", "2026.2", "requiresReacknowledgment", true))
                .post("/api/v1/training/courses/GDPR-BASICS/versions")
                .then()
                .statusCode(201);
        assertThat(figures(monthly("store", 12), "BER"))
                .containsExactly("5:-", "4:1/0/0", "3:1/0/1", "2:1/1/0", "1:1/1/0", "0:1/0/0");
    }

    @Test
    void aMoveToAnotherStoreCountsThereFromTheMoveOn() {
        String etag = as(mfa).get("/api/v1/staff/" + anna).header("ETag");
        as(mfa).header("If-Match", etag)
                .body(Map.of("homeStoreId", hamburg))
                .patch("/api/v1/staff/" + anna)
                .then()
                .statusCode(200);

        JsonPath report = monthly("store", 12);
        assertThat(figures(report, "BER")).containsExactly("5:-", "4:1/0/0", "3:1/0/1", "2:1/1/0", "1:1/1/0", "0:-");
        assertThat(figures(report, "HAM")).containsExactly("5:-", "4:1/0/0", "3:1/0/1", "2:1/0/1", "1:-", "0:1/1/0");
    }

    @Test
    void theSameRowsAsCsv() {
        JsonPath json = monthly("store", 3);
        String csv = as(mfa).accept("text/csv")
                .queryParam("groupBy", "store")
                .queryParam("months", 3)
                .get("/api/v1/training/report/monthly")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("training-store-monthly.csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("month,groupBy,groupId,groupCode,assigned,completed,overdue,completionRate,overdueRate");
        assertThat(lines).hasSize(json.getList("items").size() + 1);
        String twoMonthsAgo = YearMonth.from(inMonth(2).atZone(ZoneOffset.UTC)).toString();
        assertThat(lines)
                .contains(twoMonthsAgo + ",store,\"" + berlin + "\",\"BER\",1,1,0,1.0000,0.0000")
                .contains(twoMonthsAgo + ",store,\"" + hamburg + "\",\"HAM\",1,0,1,0.0000,1.0000");
    }

    @Test
    void readingTheReportsNeedsTrainingReportAndManagingCoursesIsNotEnough() {
        String manager = tenant.createStaff(mfa, "manager");
        tenant.grantTenantWide(mfa, manager, tenant.createRole(mfa, "Course managers", "training.manage"));
        String managerToken = Tenants.login(tenant.slug(), "manager", Tenants.ADMIN_PASSWORD);
        for (String path :
                List.of("/api/v1/training/report/monthly", "/api/v1/training/report", "/api/v1/training/due")) {
            as(managerToken).get(path).then().statusCode(403);
            as(annasToken).get(path).then().statusCode(403);
        }

        String reader = tenant.createStaff(mfa, "reader");
        tenant.grantTenantWide(mfa, reader, tenant.createRole(mfa, "Report readers", "training.report"));
        String readerToken = Tenants.login(tenant.slug(), "reader", Tenants.ADMIN_PASSWORD);
        for (String path :
                List.of("/api/v1/training/report/monthly", "/api/v1/training/report", "/api/v1/training/due")) {
            as(readerToken).get(path).then().statusCode(200);
        }
        as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .body("items.find { it.name == 'PRIVACY_OFFICER' }.permissions", hasItem("training.report"));
    }

    @Test
    void badParametersAreNamed() {
        for (Object months : List.of(0, 25, "many")) {
            as(mfa).queryParam("months", months)
                    .get("/api/v1/training/report/monthly")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("months"));
        }
        as(mfa).queryParam("groupBy", "planet")
                .get("/api/v1/training/report/monthly")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void anotherTenantSeesNoneOfThisHistory() {
        Onboarded other = tenants.onboard();
        as(other.adminToken())
                .queryParam("groupBy", "course")
                .get("/api/v1/training/report/monthly")
                .then()
                .statusCode(200)
                .body("months", hasSize(13))
                .body("items", empty());
        as(other.adminToken())
                .accept("text/csv")
                .get("/api/v1/training/report/monthly")
                .then()
                .statusCode(200)
                .body(equalTo(
                        "month,groupBy,groupId,groupCode,assigned,completed,overdue,completionRate,overdueRate\n"));
        as(mfa).queryParam("groupBy", "course")
                .get("/api/v1/training/report/monthly")
                .then()
                .body("items.code", hasItem("GDPR-BASICS"));
    }

    private JsonPath monthly(String groupBy, int months) {
        return as(mfa).queryParam("groupBy", groupBy)
                .queryParam("months", months)
                .get("/api/v1/training/report/monthly")
                .then()
                .statusCode(200)
                .body("groupBy", equalTo(groupBy))
                .extract()
                .jsonPath();
    }

    /**
     * The group's figures for the last five months and this one (at most as many as reported):
     * "{months back}:{assigned}/{completed}/{overdue}", or "{months back}:-" without assignments.
     */
    private static List<String> figures(JsonPath report, String code) {
        List<String> months = report.getList("months.month");
        List<String> figures = new ArrayList<>();
        for (int back = Math.min(5, months.size() - 1); back >= 0; back--) {
            String month = YearMonth.now(ZoneOffset.UTC).minusMonths(back).toString();
            Map<String, Object> row =
                    report.getMap("items.find { it.code == '" + code + "' && it.month == '" + month + "' }");
            figures.add(back + ":"
                    + (row == null
                            ? "-"
                            : row.get("assigned") + "/" + row.get("completed") + "/" + row.get("overdue")));
        }
        return figures;
    }

    private void update(Connection db, String sql, Instant... instants) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int i = 1;
            for (Instant instant : instants) {
                // as the server stores times: UTC, whatever this JVM's zone
                statement.setString(i++, DATABASE_TIME.format(instant));
            }
            statement.setString(i, tenant.id());
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }

    private String grant(String staffId, String roleId, String storeId) {
        return as(mfa).body(Map.of(
                        "staffId",
                        staffId,
                        "roleId",
                        roleId,
                        "scope",
                        Map.of("type", "STORE", "id", storeId),
                        "reason",
                        "test"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
