package io.custos.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class ProblemsIT extends ItBase {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsABadRequest() {
        operator()
                .body("{\"slug\": ")
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body(not(containsString("Exception")));
    }

    @Test
    void aMissingBodyNamesIt() {
        operator().post("/api/v1/platform/tenants").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void validationNamesEveryField() {
        anonymous()
                .body("{}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("tenant"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void unknownPathsAreNotFoundProblems() {
        anonymous().get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        RestAssured.get("/no-such-page").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        anonymous().delete("/api/v1/auth/login").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void aWrongContentTypeIsAnUnsupportedMediaTypeProblem() {
        anonymous()
                .contentType(ContentType.XML)
                .body("<login/>")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void aBodyOverOneMebibyteIsRefused() {
        String huge = "{\"tenant\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        anonymous().body(huge).post("/api/v1/auth/login").then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void everyAnswerCarriesARequestIdAndEchoesTheCallers() {
        anonymous()
                .header("X-Request-Id", "trace-123")
                .get("/api/v1/no-such-thing")
                .then()
                .header("X-Request-Id", "trace-123")
                .body("requestId", equalTo("trace-123"));
        anonymous()
                .body("{}")
                .post("/api/v1/auth/login")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        anonymous().get("/api/v1/staff").then().statusCode(401).header("X-Request-Id", notNullValue());
    }
}
