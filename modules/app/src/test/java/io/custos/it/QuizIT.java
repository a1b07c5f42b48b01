package io.custos.it;

import static io.custos.it.TrainingChain.as;
import static io.custos.it.TrainingChain.right;
import static io.custos.it.TrainingChain.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Course material, quizzes scored by the server, attempts and authoring, over HTTP (#17). */
class QuizIT extends ItBase {

    private TrainingChain chain;

    @BeforeEach
    void aChainWithSam() {
        chain = TrainingChain.onboard(tenants);
    }

    /** {@code questions} single-choice questions {@code q1…}, each with the right option {@code a} and a wrong {@code b}. */
    static Map<String, Object> aQuiz(int passMark, int questions) {
        List<Map<String, Object>> asked = new ArrayList<>();
        for (int i = 1; i <= questions; i++) {
            asked.add(question("Question " + i + "?", null));
        }
        return Map.of("passMark", passMark, "questions", asked);
    }

    private static Map<String, Object> question(String text, String pool) {
        Map<String, Object> question = new HashMap<>(Map.of(
                "text",
                text,
                "kind",
                "SINGLE",
                "options",
                List.of(Map.of("text", "Option A", "correct", true), Map.of("text", "Option B", "correct", false))));
        if (pool != null) {
            question.put("pool", pool);
        }
        return question;
    }

    @Test
    void aTamperedClientScoreHasNoEffect() {
        chain.createCourse(TrainingChain.aCourse("GDPR-QUIZ", aQuiz(80, 2)));

        as(chain.samToken)
                .body(Map.of("version", "2026.1", "score", 100))
                .post("/api/v1/me/training/GDPR-QUIZ/acknowledge")
                .then()
                .statusCode(422)
                .body("type", containsString("quiz-not-passed"));
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);

        String failed = start("GDPR-QUIZ").then().statusCode(201).extract().path("id");
        submit("GDPR-QUIZ", failed, Map.of("q1", wrong("q1"), "q2", wrong("q2")))
                .then()
                .statusCode(200)
                .body("passed", equalTo(false));
        as(chain.samToken)
                .body(Map.of("version", "2026.1", "score", 100))
                .post("/api/v1/me/training/GDPR-QUIZ/acknowledge")
                .then()
                .statusCode(422);
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);
        as(chain.samToken)
                .get("/api/v1/me/training/GDPR-QUIZ")
                .then()
                .body("attempts", org.hamcrest.Matchers.empty())
                .body("status", equalTo("DUE"));
    }

    @Test
    void failingThenPassingThenAcknowledgingOpensTheGateWithTheServersScore() {
        chain.createCourse(TrainingChain.aCourse("GDPR-QUIZ", aQuiz(75, 4)));
        String contentHash = as(chain.samToken)
                .get("/api/v1/training/courses/GDPR-QUIZ")
                .then()
                .body("quiz.passMark", equalTo(75))
                .body("quiz.questionsPerAttempt", equalTo(4))
                .extract()
                .path("contentHash");

        String first = start("GDPR-QUIZ")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/me/training/GDPR-QUIZ/attempts/"))
                .body("status", equalTo("OPEN"))
                .body("questions.id", contains("q1", "q2", "q3", "q4"))
                .body("questions[0].options.id", contains("q1a", "q1b"))
                .body("score", nullValue())
                .extract()
                .path("id");
        submit("GDPR-QUIZ", first, Map.of("q1", right("q1"), "q2", right("q2"), "q3", wrong("q3")))
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("score", equalTo(50))
                .body("passed", equalTo(false))
                .body("wrong", contains("q3", "q4"))
                .body("questions.answeredCorrectly", contains(true, true, false, false))
                .body("questions[2].chosen", contains("q3b"));
        submit("GDPR-QUIZ", first, Map.of()).then().statusCode(409);
        as(chain.samToken)
                .body(Map.of("version", "2026.1"))
                .post("/api/v1/me/training/GDPR-QUIZ/acknowledge")
                .then()
                .statusCode(422);

        String second = start("GDPR-QUIZ").then().statusCode(201).extract().path("id");
        submit("GDPR-QUIZ", second, Map.of("q1", right("q1"), "q2", right("q2"), "q3", right("q3"), "q4", wrong("q4")))
                .then()
                .statusCode(200)
                .body("score", equalTo(75))
                .body("passed", equalTo(true))
                .body("wrong", contains("q4"));
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);

        as(chain.samToken)
                .header("User-Agent", "QuizIT/1.0")
                .body(Map.of("version", "2026.1", "score", 3))
                .post("/api/v1/me/training/GDPR-QUIZ/acknowledge")
                .then()
                .statusCode(201)
                .body("score", equalTo(75))
                .body("attemptId", equalTo(second))
                .body("contentHash", equalTo(contentHash))
                .body("passed", equalTo(true));
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
        as(chain.samToken)
                .get("/api/v1/me/training/GDPR-QUIZ/attempts")
                .then()
                .statusCode(200)
                .body("items.id", contains(first, second))
                .body("items.passed", contains(false, true));
        as(chain.mfa)
                .queryParam("action", "training.attempt.submit")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(2))
                .body("items.actorId", everyItem(equalTo(chain.sam)));
    }

    @Test
    void theCorrectAnswersNeverAppearInAnythingALearnerReads() {
        chain.createCourse(TrainingChain.aCourse("GDPR-QUIZ", aQuiz(50, 2)));
        String attempt = start("GDPR-QUIZ").then().statusCode(201).extract().path("id");
        List<Response> read = new ArrayList<>(List.of(
                as(chain.samToken).get("/api/v1/training/courses"),
                as(chain.samToken).get("/api/v1/training/courses/GDPR-QUIZ"),
                as(chain.samToken).get("/api/v1/training/courses/GDPR-QUIZ/versions"),
                as(chain.samToken).get("/api/v1/training/courses/GDPR-QUIZ/versions/2026.1"),
                as(chain.samToken).get("/api/v1/me/training"),
                as(chain.samToken).get("/api/v1/me/training/GDPR-QUIZ"),
                as(chain.samToken).get("/api/v1/me/training/GDPR-QUIZ/attempts/" + attempt)));
        read.add(submit("GDPR-QUIZ", attempt, Map.of("q1", wrong("q1"))));
        read.add(as(chain.samToken).get("/api/v1/me/training/GDPR-QUIZ/attempts"));
        read.add(start("GDPR-QUIZ"));
        for (Response answer : read) {
            assertThat(answer.statusCode()).isBetween(200, 201);
            assertThat(answer.asString()).doesNotContain("\"correct\"");
        }

        as(chain.samToken)
                .get("/api/v1/training/courses/GDPR-QUIZ/versions/2026.1/quiz")
                .then()
                .statusCode(403);
        as(chain.mfa)
                .get("/api/v1/training/courses/GDPR-QUIZ/versions/2026.1/quiz")
                .then()
                .statusCode(200)
                .body("questions[0].options.correct", contains(true, false));
    }

    @Test
    void attemptsAreLimitedPerDayAndTheRefusalSaysWhenTheNextIsAllowed() {
        chain.createCourse(TrainingChain.aCourse("GDPR-QUIZ", aQuiz(50, 1)));
        for (int i = 0; i < 3; i++) {
            start("GDPR-QUIZ").then().statusCode(201);
        }
        Response refused = start("GDPR-QUIZ");
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", containsString("quiz-attempts-exhausted"));
        Instant next = Instant.parse(refused.path("nextAttemptAt"));
        assertThat(next).isAfter(Instant.now().plusSeconds(23 * 3600));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThan(23 * 3600L);
        as(chain.samToken).get("/api/v1/me/training/GDPR-QUIZ/attempts").then().body("items", hasSize(3));
        // the limit is the caller's own: the admin still may
        as(chain.mfa).post("/api/v1/me/training/GDPR-QUIZ/attempts").then().statusCode(201);

        // The tenant sets the limit (training.attemptsPerDay): at five, two more starts are allowed.
        String etag =
                as(chain.mfa).get("/api/v1/tenant-settings").then().extract().header("ETag");
        as(chain.mfa)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("training", Map.of("attemptsPerDay", 5)))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200);
        start("GDPR-QUIZ").then().statusCode(201);
        start("GDPR-QUIZ").then().statusCode(201);
        start("GDPR-QUIZ").then().statusCode(429);
    }

    @Test
    void poolsAreDrawnForEachAttemptAndOnlyWhatWasAskedIsAnswered() {
        List<Map<String, Object>> questions = new ArrayList<>(List.of(question("Always asked?", null)));
        for (int i = 1; i <= 6; i++) {
            questions.add(question("Pooled " + i + "?", "basics"));
        }
        chain.createCourse(TrainingChain.aCourse(
                "GDPR-POOL",
                Map.of(
                        "passMark",
                        100,
                        "questions",
                        questions,
                        "pools",
                        List.of(Map.of("name", "basics", "draw", 2)))));
        as(chain.samToken)
                .get("/api/v1/training/courses/GDPR-POOL")
                .then()
                .body("quiz.questionsPerAttempt", equalTo(3));

        for (int i = 0; i < 3; i++) {
            Response attempt = start("GDPR-POOL");
            List<String> asked = attempt.then().statusCode(201).extract().path("questions.id");
            assertThat(asked).hasSize(3).startsWith("q1");
            assertThat(asked.subList(1, 3)).allMatch(id -> id.matches("q[2-7]"));
            String id = attempt.path("id");
            as(chain.samToken)
                    .get("/api/v1/me/training/GDPR-POOL/attempts/" + id)
                    .then()
                    .body("questions.id", equalTo(asked));
            String notAsked = List.of("q2", "q3", "q4", "q5", "q6", "q7").stream()
                    .filter(q -> !asked.contains(q))
                    .findFirst()
                    .orElseThrow();
            submit("GDPR-POOL", id, Map.of(notAsked, right(notAsked)))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("answers[0].questionId"));
            submit("GDPR-POOL", id, Map.of("q1", List.of("q1a", "q1b")))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("answers[0].optionIds"));
            Map<String, List<String>> all = new HashMap<>();
            asked.forEach(q -> all.put(q, right(q)));
            submit("GDPR-POOL", id, all).then().statusCode(200).body("score", equalTo(100));
        }
    }

    @Test
    void authorsWriteAndPublishADraftAndItsMaterialIsSanitised() {
        chain.createCourse(TrainingChain.aCourse("GDPR-BASICS", null));
        as(chain.samToken)
                .body(Map.of("version", "2026.1"))
                .post("/api/v1/me/training/GDPR-BASICS/acknowledge")
                .then()
                .statusCode(201);
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
        String dueBefore = as(chain.mfa)
                .queryParam("staffId", chain.sam)
                .get("/api/v1/training/assignments")
                .then()
                .extract()
                .path("items[0].dueAt");

        Map<String, Object> draft = new HashMap<>(Map.of(
                "version",
                "2026.2",
                "requiresReacknowledgment",
                true,
                "sections",
                List.of(
                        Map.of(
                                "heading",
                                "What <b>counts</b>",
                                "format",
                                "HTML",
                                "body",
                                "<p onclick=\"steal()\">Names and e-mails.</p><script>steal()</script>"
                                        + "<img src=\"https://cdn.example/a.png\" onerror=\"steal()\">"
                                        + "<a href=\"javascript:steal()\">more</a>"),
                        Map.of("heading", "Rules", "body", "- ask first\n- [policy](https://example.com/p)"))));
        as(chain.samToken)
                .body(draft)
                .post("/api/v1/training/courses/GDPR-BASICS/drafts")
                .then()
                .statusCode(403);
        as(chain.mfa)
                .body(draft)
                .post("/api/v1/training/courses/GDPR-BASICS/drafts")
                .then()
                .statusCode(201)
                .header("Location", containsString("/drafts/2026.2"))
                .body("sections[0].heading", equalTo("What counts"))
                .body("sections[0].html", not(containsString("script")))
                .body("sections[0].html", not(containsString("onclick")))
                .body("sections[0].html", not(containsString("onerror")))
                .body("sections[0].html", not(containsString("javascript:")))
                .body("sections[0].html", containsString("<img src=\"https://cdn.example/a.png\">"))
                .body("sections[1].html", containsString("<li>ask first</li>"))
                .body("sections[1].html", containsString("rel=\"noopener noreferrer\""));
        as(chain.mfa)
                .body(draft)
                .post("/api/v1/training/courses/GDPR-BASICS/drafts")
                .then()
                .statusCode(409);

        Map<String, Object> content = Map.of(
                "requiresReacknowledgment",
                true,
                "statement",
                "I will ask before I use customer data.",
                "sections",
                draft.get("sections"),
                "quiz",
                aQuiz(50, 2));
        as(chain.mfa)
                .body(content)
                .put("/api/v1/training/courses/GDPR-BASICS/drafts/2026.2")
                .then()
                .statusCode(428);
        String etag = as(chain.mfa)
                .get("/api/v1/training/courses/GDPR-BASICS/drafts/2026.2")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(chain.mfa)
                .header("If-Match", etag)
                .body(content)
                .put("/api/v1/training/courses/GDPR-BASICS/drafts/2026.2")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("quiz.questions[0].options.correct", contains(true, false))
                .body("statement", equalTo("I will ask before I use customer data."));
        as(chain.mfa)
                .header("If-Match", etag)
                .body(content)
                .put("/api/v1/training/courses/GDPR-BASICS/drafts/2026.2")
                .then()
                .statusCode(412);
        assertThat(chain.samReadsTheCustomer())
                .as("a draft changes nothing for staff")
                .isEqualTo(200);

        as(chain.mfa)
                .post("/api/v1/training/courses/GDPR-BASICS/drafts/2026.2/publish")
                .then()
                .statusCode(201)
                .header("Location", containsString("/training/courses/GDPR-BASICS/versions/2026.2"))
                .body("current", equalTo(true))
                .body("quiz.questionsPerAttempt", equalTo(2))
                .body("sections", hasSize(2));
        as(chain.mfa)
                .post("/api/v1/training/courses/GDPR-BASICS/drafts/2026.2/publish")
                .then()
                .statusCode(404);
        as(chain.mfa).get("/api/v1/training/courses/GDPR-BASICS/drafts").then().body("items", hasSize(0));

        // the new version requires everyone to acknowledge again: Sam is due once more
        assertThat(chain.samReadsTheCustomer()).isEqualTo(403);
        String dueAfter = as(chain.mfa)
                .queryParam("staffId", chain.sam)
                .get("/api/v1/training/assignments")
                .then()
                .extract()
                .path("items[0].dueAt");
        assertThat(Instant.parse(dueAfter))
                .isAfterOrEqualTo(Instant.parse(dueBefore).truncatedTo(ChronoUnit.SECONDS));
        as(chain.samToken)
                .get("/api/v1/me/training/GDPR-BASICS")
                .then()
                .body("status", equalTo("DUE"))
                .body("currentVersion", equalTo("2026.2"))
                .body("sections[1].heading", equalTo("Rules"))
                .body("quiz.passMark", equalTo(50));
        String attempt = start("GDPR-BASICS").then().statusCode(201).extract().path("id");
        submit("GDPR-BASICS", attempt, Map.of("q1", right("q1"), "q2", right("q2")))
                .then()
                .body("passed", equalTo(true));
        as(chain.samToken)
                .body(Map.of("version", "2026.2"))
                .post("/api/v1/me/training/GDPR-BASICS/acknowledge")
                .then()
                .statusCode(201)
                .body("score", equalTo(100));
        assertThat(chain.samReadsTheCustomer()).isEqualTo(200);
        as(chain.mfa)
                .queryParam("action", "training.draft.update")
                .get("/api/v1/audit")
                .then()
                .body("items.actorId", hasItem(chain.tenant.adminId()));
    }

    @Test
    void aQuizWithMistakesIsRefusedNamingThePlace() {
        Map<String, Object> twoRight = Map.of(
                "text",
                "Which one?",
                "kind",
                "SINGLE",
                "options",
                List.of(Map.of("text", "A", "correct", true), Map.of("text", "B", "correct", true)));
        as(chain.mfa)
                .body(TrainingChain.aCourse("BAD-QUIZ", Map.of("passMark", 80, "questions", List.of(twoRight))))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("quiz.questions[0].options"));
        as(chain.mfa)
                .body(TrainingChain.aCourse("BAD-QUIZ", Map.of("questions", List.of(question("Which?", null)))))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("quiz.passMark"));
        chain.createCourse(TrainingChain.aCourse("NO-QUIZ", null));
        start("NO-QUIZ").then().statusCode(422).body("type", containsString("course-has-no-quiz"));
    }

    @Test
    void anotherTenantReachesNoAttemptDraftOrQuiz() {
        chain.createCourse(TrainingChain.aCourse("GDPR-QUIZ", aQuiz(50, 1)));
        String attempt = start("GDPR-QUIZ").then().statusCode(201).extract().path("id");
        as(chain.mfa)
                .body(Map.of("version", "2026.5", "requiresReacknowledgment", false))
                .post("/api/v1/training/courses/GDPR-QUIZ/drafts")
                .then()
                .statusCode(201);
        TrainingChain other = TrainingChain.onboard(tenants);
        other.createCourse(TrainingChain.aCourse("GDPR-QUIZ", aQuiz(50, 1)));

        as(other.samToken)
                .get("/api/v1/me/training/GDPR-QUIZ/attempts/" + attempt)
                .then()
                .statusCode(404);
        as(other.samToken)
                .body(Map.of("answers", List.of()))
                .post("/api/v1/me/training/GDPR-QUIZ/attempts/" + attempt + "/submit")
                .then()
                .statusCode(404);
        as(other.mfa)
                .get("/api/v1/training/courses/GDPR-QUIZ/drafts/2026.5")
                .then()
                .statusCode(404);
        as(other.mfa)
                .post("/api/v1/training/courses/GDPR-QUIZ/drafts/2026.5/publish")
                .then()
                .statusCode(404);
        // the same staff member's own attempt, read by another staff member of the same tenant
        as(chain.mfa)
                .get("/api/v1/me/training/GDPR-QUIZ/attempts/" + attempt)
                .then()
                .statusCode(404);
        as(chain.samToken)
                .get("/api/v1/me/training/GDPR-QUIZ/attempts/" + attempt)
                .then()
                .statusCode(200);
    }

    private Response start(String course) {
        return as(chain.samToken).post("/api/v1/me/training/" + course + "/attempts");
    }

    private Response submit(String course, String attempt, Map<String, List<String>> answers) {
        List<Map<String, Object>> body = new ArrayList<>();
        answers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> body.add(Map.of("questionId", e.getKey(), "optionIds", e.getValue())));
        return as(chain.samToken)
                .body(Map.of("answers", body))
                .post("/api/v1/me/training/" + course + "/attempts/" + attempt + "/submit");
    }
}
