package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.custos.it.Tenants.Onboarded;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies and parameters of the wrong shape are 400 problems naming the field, in words for API
 * users, and change nothing: the defects reported in review, each reproduced.
 */
class HostileInputIT extends ItBase {

    private Onboarded tenant;
    private String mfa;
    private String berlin;

    @BeforeEach
    void aChainWithAStore() {
        tenant = tenants.onboard();
        mfa = tenant.adminMfaToken();
        berlin = store(mfa, "BER", "DE", null);
    }

    @Test
    void aNumberTooLargeForItsColumnIsRefusedOnCreateAndOnPatch() {
        Map<String, Object> huge = customer();
        huge.put("lifetimeValue", 1e308);
        refused(as(mfa).body(huge).post("/api/v1/customers"), "lifetimeValue");
        assertNoCustomers();

        String id = created();
        String etag = as(mfa).get("/api/v1/customers/" + id).header("ETag");
        refused(
                as(mfa).header("If-Match", etag)
                        .body("{\"lifetimeValue\": 1e308}")
                        .patch("/api/v1/customers/" + id),
                "lifetimeValue");
        refused(
                as(mfa).header("If-Match", etag)
                        .body(Map.of("givenName", "x".repeat(150)))
                        .patch("/api/v1/customers/" + id),
                "givenName");
        refused(
                as(mfa).header("If-Match", etag)
                        .body(Map.of("phone", "not a phone"))
                        .patch("/api/v1/customers/" + id),
                "phone");
    }

    @Test
    void aListWhereAnObjectBelongsIsRefused() {
        Map<String, Object> listed = customer();
        listed.put("attributes", List.of("vip"));
        refused(as(mfa).body(listed).post("/api/v1/customers"), "attributes");
        refused(
                as(mfa).body(Map.of("groupBy", List.of("country"), "filters", List.of("DE")))
                        .post("/api/v1/insights/aggregate"),
                "filters");
        assertNoCustomers();
    }

    @Test
    void aBodyOfTheWrongJsonTypeIsRefusedAndCreatesNothing() {
        refused(as(mfa).body(List.of(customer())).post("/api/v1/customers"), "body");
        refused(as(mfa).body("\"Ana\"").post("/api/v1/customers"), "body");
        assertNoCustomers();

        String id = created();
        String etag = as(mfa).get("/api/v1/customers/" + id).header("ETag");
        for (String body : List.of("[{\"givenName\":\"Eve\"}]", "42", "[".repeat(10_000) + "]".repeat(10_000))) {
            refused(as(mfa).header("If-Match", etag).body(body).patch("/api/v1/customers/" + id), "body");
        }
        as(mfa).get("/api/v1/customers/" + id).then().statusCode(200).body("givenName", equalTo("Ana"));
    }

    @Test
    void typesAreNeverCoerced() {
        Map<String, Object> numeric = customer();
        numeric.put("givenName", 12345);
        refused(as(mfa).body(numeric).post("/api/v1/customers"), "givenName");
        refused(
                as(mfa).body(Map.of("name", "Quarterly", "autoRevokeUnreviewed", "yes"))
                        .post("/api/v1/access-reviews"),
                "autoRevokeUnreviewed");
        assertNoCustomers();
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnesAndNoJavaClass() {
        String body = refused(
                        as(mfa).body(Map.of(
                                        "staffId",
                                        tenant.adminId(),
                                        "roleId",
                                        "r",
                                        "scope",
                                        Map.of("type", "GALAXY"),
                                        "reason",
                                        "test"))
                                .post("/api/v1/grants"),
                        "scope.type")
                .asString();
        assertThat(body).contains("OWN, TEAM, STORE, REGION, TENANT");
    }

    @Test
    void invalidUtf8IsRefusedNotStoredAsReplacementCharacters() {
        byte[] latin1 = ("{\"storeId\":\"" + berlin
                        + "\",\"givenName\":\"Müller\",\"familyName\":\"Ä\",\"country\":\"DE\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        refused(
                as(mfa).contentType("application/json; charset=UTF-8")
                        .body(latin1)
                        .post("/api/v1/customers"),
                "body");
        assertNoCustomers();
    }

    @Test
    void aMalformedQueryParameterIsABadRequestNamingIt() {
        refused(as(mfa).queryParam("limit", "abc").get("/api/v1/customers"), "limit");
        refused(as(mfa).queryParam("withinDays", "soon").get("/api/v1/training/due"), "withinDays");
    }

    @Test
    void anOverrideOutsideTheNumbersRangeIsRefusedNotWrappedAround() {
        refused(
                as(mfa).body("{\"dsarResponseDays\": 4294967316}").put("/api/v1/rule-packs/EU/overrides"),
                "dsarResponseDays");
        as(mfa).get("/api/v1/rule-packs/EU").then().statusCode(200).body("dsarResponseDays", equalTo(30));
    }

    private Map<String, Object> customer() {
        return new HashMap<>(Map.of("storeId", berlin, "givenName", "Ana", "familyName", "Lopez", "country", "DE"));
    }

    private String created() {
        return as(mfa).body(customer())
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void assertNoCustomers() {
        as(mfa).get("/api/v1/customers").then().statusCode(200).body("items.size()", equalTo(0));
    }

    /** A 400 problem naming {@code field}, in words for API users: no parser's or class's name. */
    private static Response refused(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(answer.asString())
                .doesNotContain("Exception", "jakarta.", "java.", "io.custos", "class ", "Incorrect position");
        return answer;
    }
}
