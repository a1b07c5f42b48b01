package io.custos.it;

import static io.custos.it.TrainingChain.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completions imported from another LMS, as JSON and CSV, counted by the training gate (#17). */
class CompletionsImportIT extends ItBase {

    private TrainingChain chain;
    private final String lastMonth = Instant.now()
            .minus(30, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();

    @BeforeEach
    void aChainWhoseCourseSamHasNotTaken() {
        chain = TrainingChain.onboard(tenants);
        chain.createCourse(TrainingChain.aCourse("GDPR-BASICS", QuizIT.aQuiz(80, 3)));
    }

    private static Map<String, Object> row(String staff, String completedAt) {
        Map<String, Object> row = new HashMap<>(Map.of(
                "staff",
                staff,
                "courseCode",
                "GDPR-BASICS",
                "version",
                "2026.1",
                "completedAt",
                completedAt,
                "score",
                91,
                "sourceSystem",
                "LegacyLMS",
                "evidenceRef",
                "cert-4711"));
        return row;
    }

    private io.restassured.response.Response importJson(String token, List<Map<String, Object>> rows, String query) {
        return as(token).body(Map.of("completions", rows)).post("/api/v1/training/completions" + query);
    }

    @Test
    void anImportedCompletionOpensTheGateLikeAnAcknowledgmentMadeHere() {
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);

        importJson(chain.mfa, List.of(row("sam", lastMonth)), "")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("failed", equalTo(0))
                .body("errors", empty());

        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
        as(chain.samToken)
                .get("/api/v1/me/training/GDPR-BASICS")
                .then()
                .body("status", equalTo("CURRENT"))
                .body("acknowledgedAt", equalTo(lastMonth))
                .body("attempts[0].sourceSystem", equalTo("LegacyLMS"))
                .body("attempts[0].evidenceRef", equalTo("cert-4711"))
                .body("attempts[0].score", equalTo(91));
        as(chain.mfa)
                .queryParam("action", "training.completion.import")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].actorId", equalTo(chain.tenant.adminId()));

        importJson(chain.mfa, List.of(row(chain.sam, lastMonth)), "")
                .then()
                .statusCode(200)
                .body("imported", equalTo(0))
                .body("duplicates", equalTo(1));
    }

    @Test
    void aCompletionOlderThanTheCoursesValidityIsExpiredAndOverdue() {
        String twoYearsAgo = Instant.now().minus(730, ChronoUnit.DAYS).toString();
        importJson(chain.mfa, List.of(row("sam", twoYearsAgo)), "")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1));

        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);
        as(chain.samToken)
                .get("/api/v1/me/training")
                .then()
                .body("items[0].status", equalTo("EXPIRED"))
                .body("items[0].overdue", equalTo(true));
        as(chain.mfa)
                .queryParam("groupBy", "course")
                .get("/api/v1/training/report")
                .then()
                .body("overdue.staffId", hasItem(chain.sam));
    }

    @Test
    void badRowsAreNamedByRowAndFieldAndAnAtomicImportRecordsNothing() {
        Map<String, Object> unknownVersion = row("sam", lastMonth);
        unknownVersion.put("version", "1999.9");
        Map<String, Object> badScore = row("sam", lastMonth);
        badScore.put("score", 150);
        Map<String, Object> noSource = row("sam", lastMonth);
        noSource.remove("sourceSystem");
        List<Map<String, Object>> rows = List.of(
                row("sam", lastMonth),
                row("sam", Instant.now().plus(2, ChronoUnit.DAYS).toString()),
                row("nobody-here", lastMonth),
                unknownVersion,
                badScore,
                noSource,
                row("sam", "last tuesday"));

        importJson(chain.mfa, rows, "")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        contains(
                                "rows[2].completedAt",
                                "rows[3].staff",
                                "rows[4].version",
                                "rows[5].score",
                                "rows[6].sourceSystem",
                                "rows[7].completedAt"))
                .body("errors[0].message", containsString("future"));
        assertThat(chain.samReadsTheCustomer()).as("nothing recorded").isEqualTo(403);

        importJson(chain.mfa, rows, "?atomic=false&dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("imported", equalTo(1))
                .body("failed", equalTo(6));
        assertThat(chain.samReadsTheCustomer()).as("a dry run records nothing").isEqualTo(403);

        importJson(chain.mfa, rows, "?atomic=false")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .body("imported", equalTo(1))
                .body("failed", equalTo(6))
                .body("errors.row", contains(2, 3, 4, 5, 6, 7));
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
    }

    @Test
    void aCsvFileIsImportedRowByRow() {
        String csv = "staff,courseCode,version,completedAt,score,sourceSystem,evidenceRef\n"
                + "sam,GDPR-BASICS,2026.1," + lastMonth + ",ninety,LegacyLMS,cert-1\n"
                + "sam,GDPR-BASICS,2026.1," + lastMonth + ",90,LegacyLMS,\"cert-2, signed\"\n";
        as(chain.mfa)
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/training/completions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("rows[1].score"));
        as(chain.mfa)
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("atomic", false)
                .post("/api/v1/training/completions")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].field", equalTo("score"));
        as(chain.samToken)
                .get("/api/v1/me/training/GDPR-BASICS")
                .then()
                .body("attempts[0].evidenceRef", equalTo("cert-2, signed"));
        as(chain.mfa)
                .contentType("text/csv")
                .body("who,what\nsam,GDPR\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/training/completions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("header"));
    }

    @Test
    void onlyTrainingManagersImportAndOnlyIntoTheirOwnTenant() {
        importJson(chain.samToken, List.of(row("sam", lastMonth)), "").then().statusCode(403);

        TrainingChain other = TrainingChain.onboard(tenants);
        other.createCourse(TrainingChain.aCourse("GDPR-BASICS", null));
        importJson(other.mfa, List.of(row(chain.sam, lastMonth)), "")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rows[1].staff"));
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);
    }
}
