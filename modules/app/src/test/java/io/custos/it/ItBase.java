package io.custos.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Talks to the shared server as a client would. */
@ExtendWith(ArquillianExtension.class)
public abstract class ItBase {

    @ArquillianResource
    URL base;

    protected Tenants tenants;

    private static final ContractValidation CONTRACT = new ContractValidation();

    @BeforeEach
    void connect() {
        // Arquillian reports the machine's address; tests talk over loopback only.
        RestAssured.baseURI = "http://127.0.0.1:" + base.getPort();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.replaceFiltersWith(CONTRACT);
        tenants = new Tenants();
    }

    protected static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    protected static RequestSpecification operator() {
        return anonymous().auth().oauth2(ItEnvironment.OPERATOR_TOKEN);
    }

    protected static RequestSpecification as(String accessToken) {
        return anonymous().auth().oauth2(accessToken);
    }

    /** Creates a region with a token that may; answers its id. */
    protected static String region(String token, String code) {
        return as(token)
                .body(java.util.Map.of("code", code, "name", "Region " + code))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates a store (in a region, if given) with a token that may; answers its id. */
    protected static String store(String token, String code, String country, String regionId) {
        java.util.Map<String, Object> body =
                new java.util.HashMap<>(java.util.Map.of("code", code, "name", "Store " + code, "country", country));
        if (regionId != null) {
            body.put("regionId", regionId);
        }
        return as(token)
                .body(body)
                .post("/api/v1/stores")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
