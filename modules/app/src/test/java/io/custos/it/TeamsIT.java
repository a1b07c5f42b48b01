package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamsIT extends ItBase {

    @Test
    void aTeamGetsItsMembersReplacedWhole() {
        var tenant = tenants.onboard();
        String ann = tenant.createStaff(tenant.adminToken(), "ann");
        String bob = tenant.createStaff(tenant.adminToken(), "bob");
        String team = as(tenant.adminToken())
                .body(Map.of("name", "Berlin floor"))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(tenant.adminToken())
                .body(Map.of("staffIds", List.of(ann, bob)))
                .put("/api/v1/teams/" + team + "/members")
                .then()
                .statusCode(200)
                .body("memberIds", containsInAnyOrder(ann, bob));
        as(tenant.adminToken())
                .body(Map.of("staffIds", List.of(bob)))
                .put("/api/v1/teams/" + team + "/members")
                .then()
                .statusCode(200);
        List<String> members = as(tenant.adminToken())
                .get("/api/v1/teams/" + team)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("memberIds", String.class);
        assertThat(members).containsExactly(bob);
    }

    @Test
    void unknownMembersAndStoresAreNamed() {
        var tenant = tenants.onboard();
        String team = as(tenant.adminToken())
                .body(Map.of("name", "Night shift"))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(tenant.adminToken())
                .body(Map.of("staffIds", List.of("no-such-staff")))
                .put("/api/v1/teams/" + team + "/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("staffIds[0]"));
        as(tenant.adminToken())
                .body(Map.of("name", "Nowhere", "storeId", "no-such-store"))
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("storeId"));
    }

    @Test
    void anotherTenantsTeamsAreNotFound() {
        var a = tenants.onboard();
        var b = tenants.onboard();
        String team = as(a.adminToken())
                .body(Map.of("name", "A team"))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(b.adminToken()).get("/api/v1/teams/" + team).then().statusCode(404);
        as(b.adminToken())
                .body(Map.of("staffIds", List.of(b.adminId())))
                .put("/api/v1/teams/" + team + "/members")
                .then()
                .statusCode(404);
        List<String> members = as(a.adminToken())
                .get("/api/v1/teams/" + team)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("memberIds", String.class);
        assertThat(members).as("the other tenant changed nothing").isEmpty();
    }
}
