package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

class HealthIT extends ItBase {

    @Test
    void readinessChecksTheDatabase() {
        RestAssured.get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void livenessAnswers() {
        String status =
                RestAssured.get("/health/live").then().statusCode(200).extract().path("status");
        assertThat(status).isEqualTo("UP");
    }
}
