package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import io.custos.it.Tenants.Onboarded;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How far each kind of grant reaches, over HTTP: one staff member given read, update and delete
 * over OWN, TEAM, STORE, REGION and TENANT in turn, against customers placed inside and outside
 * each reach. Reads, lists, updates and deletes agree with each other, and lists mask the fields
 * the grant does not open.
 */
class ScopeMatrixIT extends ItBase {

    private Onboarded tenant;
    private String mfa;
    private String actor;
    private String actorToken;
    private String role;
    private String west;
    private String berlin;
    private String munich;
    private String hamburg;
    private String team;
    /** By name: Mine (Berlin, the actor's, in the team), Berlin, Munich, Hamburg (the actor's). */
    private Map<String, String> customers;

    @BeforeEach
    void aChainOfTwoRegionsThreeStoresAndFourCustomers() {
        tenant = tenants.onboard();
        mfa = tenant.adminMfaToken();
        west = region("WEST");
        String north = region("NORTH");
        berlin = store(mfa, "BER", "DE", west);
        munich = store(mfa, "MUC", "DE", west);
        hamburg = store(mfa, "HAM", "DE", north);
        actor = tenant.createStaff(tenant.adminToken(), "actor");
        String other = tenant.createStaff(tenant.adminToken(), "other");
        team = as(mfa).body(Map.of("name", "Berlin floor", "storeId", berlin))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).body(Map.of("staffIds", List.of(actor)))
                .put("/api/v1/teams/" + team + "/members")
                .then()
                .statusCode(200);
        role = tenant.createRole(
                tenant.adminToken(), "Customer desk", "customer.read", "customer.update", "customer.delete");
        customers = Map.of(
                "Mine", customer(berlin, actor, team),
                "Berlin", customer(berlin, other, null),
                "Munich", customer(munich, other, null),
                "Hamburg", customer(hamburg, actor, null));
        String password = Tenants.login(tenant.slug(), "actor", Tenants.ADMIN_PASSWORD);
        actorToken = Authenticator.enrol(password).login(tenant.slug(), "actor", Tenants.ADMIN_PASSWORD);
    }

    @Test
    void eachScopeReachesExactlyItsCustomersInReadsListsUpdatesAndDeletes() {
        expectReach(Map.of("type", "OWN"), Set.of("Mine", "Hamburg"), customer(munich, actor, null));
        expectReach(Map.of("type", "TEAM", "id", team), Set.of("Mine"), customer(berlin, null, team));
        expectReach(Map.of("type", "STORE", "id", berlin), Set.of("Mine", "Berlin"), customer(berlin, null, null));
        expectReach(
                Map.of("type", "REGION", "id", west), Set.of("Mine", "Berlin", "Munich"), customer(munich, null, null));
        expectReach(
                Map.of("type", "TENANT"), Set.of("Mine", "Berlin", "Munich", "Hamburg"), customer(hamburg, null, null));
    }

    /** Grants {@code scope}, checks every operation against {@code reached}, then revokes it. */
    private void expectReach(Map<String, String> scope, Set<String> reached, String deletable) {
        String grant = as(mfa).body(Map.of("staffId", actor, "roleId", role, "scope", scope, "reason", "matrix"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String kind = scope.get("type");

        customers.forEach((name, id) ->
                as(actorToken).get("/api/v1/customers/" + id).then().statusCode(reached.contains(name) ? 200 : 403));

        List<Map<String, Object>> listed = as(actorToken)
                .queryParam("limit", 500)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Set<String> expectedIds =
                new java.util.HashSet<>(reached.stream().map(customers::get).toList());
        expectedIds.add(deletable);
        assertThat(listed)
                .as(kind + " list")
                .extracting(item -> (String) item.get("id"))
                .containsExactlyInAnyOrderElementsOf(expectedIds);
        assertThat(listed).as(kind + " list masks what the grant does not open").allSatisfy(item -> {
            assertThat(item).doesNotContainKeys("birthDate", "lifetimeValue");
            assertThat(item.get("masked")).asInstanceOf(LIST).contains("birthDate", "lifetimeValue");
        });

        customers.forEach((name, id) -> {
            String etag =
                    as(mfa).get("/api/v1/customers/" + id).then().extract().header("ETag");
            as(actorToken)
                    .header("If-Match", etag)
                    .body(Map.of("phone", "+49 30 " + (1_000_000 + Math.abs(kind.hashCode() % 1_000_000))))
                    .patch("/api/v1/customers/" + id)
                    .then()
                    .statusCode(reached.contains(name) ? 200 : 403);
        });

        customers.entrySet().stream()
                .filter(entry -> !reached.contains(entry.getKey()))
                .forEach(outside -> as(actorToken)
                        .delete("/api/v1/customers/" + outside.getValue())
                        .then()
                        .statusCode(403));
        as(actorToken).delete("/api/v1/customers/" + deletable).then().statusCode(204);
        as(mfa).get("/api/v1/customers/" + deletable).then().statusCode(404);

        as(mfa).body(Map.of("reason", "next scope"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(200);
        customers
                .values()
                .forEach(id ->
                        as(actorToken).get("/api/v1/customers/" + id).then().statusCode(403));
    }

    private String region(String code) {
        return as(mfa).body(Map.of("code", code, "name", code))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String customer(String store, String owner, String teamId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "storeId", store,
                "givenName", "Ana",
                "familyName", "Lopez",
                "country", "DE",
                "birthDate", "1990-04-01",
                "lifetimeValue", 120));
        if (owner != null) {
            body.put("ownerId", owner);
        }
        if (teamId != null) {
            body.put("teamId", teamId);
        }
        return as(mfa).body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
