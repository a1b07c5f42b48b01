package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The employee's own training says when a course that is not current starts to block (the
 * training gate's grace rule), without moving the shared server's clock: under the tenant's or the
 * course's grace at its due date plus the grace, at once where the course blocks at once.
 */
class MyTrainingGraceIT extends ItBase {

    @Test
    void graceRunsToTheDueDatePlusTheGraceAndACourseBlockingAtOnceSaysSo() {
        TrainingChain chain = TrainingChain.onboard(tenants);
        chain.graceAfterDue(10);
        chain.createCourse(TrainingChain.aCourse("GRACE", null));
        Map<String, Object> ownGrace = new HashMap<>(TrainingChain.aCourse("OWN-GRACE", null));
        ownGrace.put("graceMode", "AFTER_DUE_PLUS_GRACE");
        ownGrace.put("graceDays", 3);
        chain.createCourse(ownGrace);

        JsonPath mine = mine(chain);
        Instant due = Instant.parse(mine.getString(course("GRACE") + ".dueAt"));
        assertThat(mine.getBoolean(course("GRACE") + ".blocked")).isFalse();
        assertThat(Instant.parse(mine.getString(course("GRACE") + ".graceUntil")))
                .as("the tenant's grace from the due date")
                .isEqualTo(due.plus(Duration.ofDays(10)));
        assertThat(Instant.parse(mine.getString(course("OWN-GRACE") + ".graceUntil")))
                .as("the course's own grace")
                .isEqualTo(Instant.parse(mine.getString(course("OWN-GRACE") + ".dueAt"))
                        .plus(Duration.ofDays(3)));
        assertThat(chain.samReadsTheCustomer()).as("both allowed under grace").isEqualTo(200);

        Map<String, Object> strict = new HashMap<>(TrainingChain.aCourse("STRICT", null));
        strict.put("graceMode", "BLOCK_AT_ONCE");
        chain.createCourse(strict);
        JsonPath strictList = mine(chain);
        assertThat(strictList.getBoolean(course("STRICT") + ".blocked"))
                .as("blocks now")
                .isTrue();
        assertThat(strictList.getString(course("STRICT") + ".graceUntil"))
                .as("no grace")
                .isNull();
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);
        TrainingChain.as(chain.samToken)
                .get("/api/v1/me/training/STRICT")
                .then()
                .statusCode(200)
                .body("blocked", equalTo(true))
                .body("graceUntil", nullValue());

        for (String code : new String[] {"GRACE", "OWN-GRACE", "STRICT"}) {
            TrainingChain.as(chain.samToken)
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body(Map.of("version", "2026.1"))
                    .post("/api/v1/me/training/" + code + "/acknowledge")
                    .then()
                    .statusCode(201);
        }
        TrainingChain.as(chain.samToken)
                .get("/api/v1/me/training/GRACE")
                .then()
                .statusCode(200)
                .body("status", equalTo("CURRENT"))
                .body("blocked", nullValue())
                .body("graceUntil", nullValue());
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
    }

    private static JsonPath mine(TrainingChain chain) {
        return TrainingChain.as(chain.samToken)
                .get("/api/v1/me/training")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String course(String code) {
        return "items.find { it.courseCode == '" + code + "' }";
    }
}
