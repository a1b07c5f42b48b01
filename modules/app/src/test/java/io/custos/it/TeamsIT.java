package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
    void aTeamIsRenamedAtTheVersionReadAndDeletedOnceNothingNamesIt() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String ann = tenant.createStaff(mfa, "ann");
        String team = as(mfa).body(Map.of("name", "Berlin floor"))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = as(mfa).get("/api/v1/teams/" + team)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        as(mfa).body(Map.of("name", "Berlin front"))
                .patch("/api/v1/teams/" + team)
                .then()
                .statusCode(428);
        as(mfa).header("If-Match", "\"999\"")
                .body(Map.of("name", "Berlin front"))
                .patch("/api/v1/teams/" + team)
                .then()
                .statusCode(412);
        as(mfa).header("If-Match", etag)
                .body(Map.of("name", " "))
                .patch("/api/v1/teams/" + team)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        String renamed = as(mfa).header("If-Match", etag)
                .body(Map.of("name", "Berlin front"))
                .patch("/api/v1/teams/" + team)
                .then()
                .statusCode(200)
                .body("name", equalTo("Berlin front"))
                .extract()
                .header("ETag");
        assertThat(renamed).isNotEqualTo(etag);
        as(mfa).header("If-Match", etag)
                .body(Map.of("name", "Berlin back"))
                .patch("/api/v1/teams/" + team)
                .then()
                .statusCode(412);

        String role = tenant.createRole(mfa, "Readers", "customer.read");
        String grant = as(mfa).body(GrantsIT.grant(ann, role, Map.of("type", "TEAM", "id", team)))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String customer = as(mfa).body(Map.of(
                        "storeId", store(mfa, "BER", "DE", null),
                        "givenName", "Ana",
                        "familyName", "Lopez",
                        "country", "DE",
                        "teamId", team))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(mfa).delete("/api/v1/teams/" + team)
                .then()
                .statusCode(409)
                .body("type", endsWith("team-in-use"))
                .body("detail", containsString("1 grant"))
                .body("detail", containsString("1 customer"));

        as(mfa).body(Map.of("reason", "team retired"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(200);
        as(mfa).body(Map.of("ownerId", tenant.adminId()))
                .post("/api/v1/customers/" + customer + "/owner")
                .then()
                .statusCode(200);
        as(mfa).delete("/api/v1/teams/" + team).then().statusCode(204);
        as(mfa).get("/api/v1/teams/" + team).then().statusCode(404);
        as(mfa).delete("/api/v1/teams/" + team).then().statusCode(404);
        as(mfa).get("/api/v1/staff/" + ann).then().statusCode(200);
        as(mfa).queryParam("action", "team.rename")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].details.before", equalTo("Berlin floor"));
        as(mfa).queryParam("action", "team.delete")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].targetId", equalTo(team));
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
                .header("If-Match", "*")
                .body(Map.of("name", "Taken over"))
                .patch("/api/v1/teams/" + team)
                .then()
                .statusCode(404);
        as(b.adminToken()).delete("/api/v1/teams/" + team).then().statusCode(404);
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
        as(a.adminToken()).get("/api/v1/teams/" + team).then().body("name", equalTo("A team"));
    }
}
