package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The breach register: the packs of the affected customers, each with its deadline counted from
 * discovery and the notices its law owes, the affected customers chosen by a query, the tasks
 * completed on the trail, other tenants and staff without {@code breach.manage} kept out.
 */
class BreachIT extends ChainInGermanyAndCalifornia {

    private final Instant discovered = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void eachPacksDeadlineCountsFromDiscoveryByItsHoursAndOwesItsOwnNotices() {
        String german = ChainInGermanyAndCalifornia.customer(mfa, berlin, "DE", null, "1980-01-01");
        String californian = ChainInGermanyAndCalifornia.customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");

        JsonPath breach = registered(incident(Map.of("storeIds", List.of(berlin, sanFrancisco)), false));
        assertThat(breach.getInt("affectedCustomers")).isEqualTo(2);
        Map<String, Object> eu = pack(breach, "EU");
        assertThat(eu)
                .containsEntry("affectedCustomers", 1)
                .containsEntry("notificationHours", 72)
                .containsEntry("notifyBy", discovered.plus(Duration.ofHours(72)).toString())
                .containsEntry("authorityNotice", true)
                .containsEntry("individualsNotice", false);
        Map<String, Object> california = pack(breach, "US-CA");
        // 30 days to tell Californians (SB 446); the Attorney General's copy only above 500 residents
        assertThat(california)
                .containsEntry("notificationHours", 720)
                .containsEntry("notifyBy", discovered.plus(Duration.ofDays(30)).toString())
                .containsEntry("authorityNotice", false)
                .containsEntry("individualsNotice", true);
        assertThat(breach.getList("tasks.collect { it.rulePack + ' ' + it.kind + ' ' + it.dueAt }"))
                .containsExactlyInAnyOrder(
                        "EU NOTIFY_AUTHORITY " + discovered.plus(Duration.ofHours(72)),
                        "US-CA NOTIFY_INDIVIDUALS " + discovered.plus(Duration.ofDays(30)));

        // at high risk the Germans are owed notice too (GDPR Art. 34), and California's authority
        JsonPath risky = registered(incident(Map.of("customerIds", List.of(german, californian)), true));
        assertThat(risky.getList("tasks.collect { it.rulePack + ' ' + it.kind }"))
                .containsExactlyInAnyOrder(
                        "EU NOTIFY_AUTHORITY",
                        "EU NOTIFY_INDIVIDUALS",
                        "US-CA NOTIFY_AUTHORITY",
                        "US-CA NOTIFY_INDIVIDUALS");

        as(mfa).queryParam("action", "breach.register")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.targetId == '" + breach.getString("id") + "' }.details.packs.rulePack",
                        containsInAnyOrder("EU", "US-CA"))
                .body(
                        "items.find { it.targetId == '" + breach.getString("id") + "' }.details.affectedCustomers",
                        equalTo(2));
    }

    @Test
    void theAffectedCustomersAreThoseTheQueryChoosesPagedByIdWithTheirPack() {
        String german = ChainInGermanyAndCalifornia.customer(mfa, berlin, "DE", null, "1980-01-01");
        String firstCalifornian = ChainInGermanyAndCalifornia.customer(mfa, sanFrancisco, "US", "US-CA", "1980-01-01");
        String secondCalifornian = ChainInGermanyAndCalifornia.customer(mfa, sanFrancisco, "US", "US-CA", "1990-01-01");

        JsonPath byCountry = registered(incident(Map.of("countries", List.of("US")), false));
        assertThat(byCountry.getInt("affectedCustomers")).isEqualTo(2);
        assertThat(byCountry.getList("packs.rulePack")).containsExactly("US-CA");
        assertThat(byCountry.getMap("affected")).isEqualTo(Map.of("countries", List.of("US")));
        String id = byCountry.getString("id");
        JsonPath first = JsonPath.from(as(mfa).queryParam("limit", 1)
                .get("/api/v1/breaches/" + id + "/affected-customers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue())
                .extract()
                .asString());
        as(mfa).queryParam("limit", 1)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/breaches/" + id + "/affected-customers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].rulePack", equalTo("US-CA"))
                .body("nextCursor", nullValue());
        List<String> expected =
                List.of(firstCalifornian, secondCalifornian).stream().sorted().toList();
        as(mfa).get("/api/v1/breaches/" + id + "/affected-customers")
                .then()
                .body("items.customerId", contains(expected.toArray()));

        // the kinds of a selection narrow one another: the Berlin store among these ids is the German only
        JsonPath narrowed = registered(
                incident(Map.of("storeIds", List.of(berlin), "customerIds", List.of(german, firstCalifornian)), false));
        as(mfa).get("/api/v1/breaches/" + narrowed.getString("id") + "/affected-customers")
                .then()
                .body("items.customerId", contains(german))
                .body("items.rulePack", contains("EU"));

        as(mfa).get("/api/v1/breaches")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.id", hasItem(narrowed.getString("id")));
    }

    @Test
    void aTaskIsCompletedOnceWithItsNoteOnTheTrail() {
        ChainInGermanyAndCalifornia.customer(mfa, berlin, "DE", null, "1980-01-01");
        JsonPath breach = registered(incident(Map.of("storeIds", List.of(berlin)), false));
        String id = breach.getString("id");
        String task = breach.getString("tasks[0].id");
        assertThat(breach.getBoolean("tasks[0].overdue")).isFalse();

        as(mfa).body(Map.of("note", "Reported to the Berlin DPA, case 4711"))
                .post("/api/v1/breaches/" + id + "/tasks/" + task + "/complete")
                .then()
                .statusCode(200)
                .body("tasks[0].completedAt", notNullValue())
                .body("tasks[0].completedBy", equalTo(tenant.adminId()))
                .body("tasks[0].note", equalTo("Reported to the Berlin DPA, case 4711"));
        as(mfa).body(Map.of("note", "again"))
                .post("/api/v1/breaches/" + id + "/tasks/" + task + "/complete")
                .then()
                .statusCode(409)
                .body("type", endsWith("/task-completed"));
        as(mfa).get("/api/v1/breaches/" + id)
                .then()
                .statusCode(200)
                .body("tasks[0].note", equalTo("Reported to the Berlin DPA, case 4711"));
        as(mfa).queryParam("action", "breach.complete-task")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.findAll { it.targetId == '" + id + "' }", hasSize(1))
                .body("items.find { it.targetId == '" + id + "' }.details.taskId", equalTo(task))
                .body("items.find { it.targetId == '" + id + "' }.details.late", equalTo(false));

        // a task belongs to its breach: under another breach's id it is not found
        JsonPath other = registered(incident(Map.of("storeIds", List.of(berlin)), false));
        as(mfa).body(Map.of("note", "wrong breach"))
                .post("/api/v1/breaches/" + other.getString("id") + "/tasks/" + task + "/complete")
                .then()
                .statusCode(404);
    }

    @Test
    void anotherTenantsBreachIsNotFoundAndItsCustomersAreNobodyHere() {
        String german = ChainInGermanyAndCalifornia.customer(mfa, berlin, "DE", null, "1980-01-01");
        JsonPath breach = registered(incident(Map.of("customerIds", List.of(german)), false));
        String id = breach.getString("id");
        String task = breach.getString("tasks[0].id");

        var other = tenants.onboard();
        String otherMfa = other.adminMfaToken();
        as(otherMfa).get("/api/v1/breaches/" + id).then().statusCode(404);
        as(otherMfa)
                .get("/api/v1/breaches/" + id + "/affected-customers")
                .then()
                .statusCode(404);
        as(otherMfa)
                .body(Map.of("note", "not mine"))
                .post("/api/v1/breaches/" + id + "/tasks/" + task + "/complete")
                .then()
                .statusCode(404);
        as(otherMfa).get("/api/v1/breaches").then().statusCode(200).body("items", hasSize(0));
        // this tenant's customer id chooses nobody in the other tenant
        as(otherMfa)
                .body(incident(Map.of("customerIds", List.of(german)), false))
                .post("/api/v1/breaches")
                .then()
                .statusCode(422)
                .body("type", endsWith("/no-affected-customers"));
        as(mfa).get("/api/v1/breaches/" + id).then().statusCode(200).body("tasks[0].completedAt", nullValue());
    }

    @Test
    void anIncompleteOrImpossibleIncidentIsRefusedInWords() {
        String german = ChainInGermanyAndCalifornia.customer(mfa, berlin, "DE", null, "1980-01-01");
        Map<String, Object> valid = incident(Map.of("customerIds", List.of(german)), false);

        Map<String, Object> untitled = new HashMap<>(valid);
        untitled.remove("title");
        refused(untitled, 400).body("errors.field", hasItem("title"));
        Map<String, Object> future = new HashMap<>(valid);
        future.put("discoveredAt", Instant.now().plus(Duration.ofDays(2)).toString());
        refused(future, 400).body("errors.field", hasItem("discoveredAt"));
        Map<String, Object> noCategory = new HashMap<>(valid);
        noCategory.put("dataCategories", List.of());
        refused(noCategory, 400).body("errors.field", hasItem("dataCategories"));
        Map<String, Object> oddCategory = new HashMap<>(valid);
        oddCategory.put("dataCategories", List.of("Credit Cards!"));
        refused(oddCategory, 400);
        refused(incident(Map.of(), false), 422).body("type", endsWith("/empty-selection"));
        refused(incident(Map.of("countries", List.of("JP")), false), 422)
                .body("type", endsWith("/no-affected-customers"));
        as(mfa).get("/api/v1/breaches").then().body("items", hasSize(0));
    }

    @Test
    void staffWithoutBreachManageAreRefused() {
        String german = ChainInGermanyAndCalifornia.customer(mfa, berlin, "DE", null, "1980-01-01");
        String officer = tenant.createStaff(mfa, "handler");
        tenant.grantTenantWide(mfa, officer, tenant.createRole(mfa, "Handlers", "privacy-request.handle"));
        String handler = Authenticator.enrol(Tenants.login(tenant.slug(), "handler", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "handler", Tenants.ADMIN_PASSWORD);
        as(handler)
                .body(incident(Map.of("customerIds", List.of(german)), false))
                .post("/api/v1/breaches")
                .then()
                .statusCode(403);
        as(handler).get("/api/v1/breaches").then().statusCode(403);
        as(mfa).get("/api/v1/breaches").then().body("items", hasSize(0));
    }

    private Map<String, Object> incident(Map<String, Object> affected, boolean highRisk) {
        return Map.of(
                "title",
                "Stolen till laptop",
                "description",
                "A laptop with the loyalty export was stolen from a store",
                "discoveredAt",
                discovered.toString(),
                "dataCategories",
                List.of("contact", "loyalty"),
                "highRisk",
                highRisk,
                "affected",
                affected);
    }

    private JsonPath registered(Map<String, Object> incident) {
        var answer = as(mfa).body(incident)
                .post("/api/v1/breaches")
                .then()
                .statusCode(201)
                .extract();
        JsonPath breach = JsonPath.from(answer.asString());
        assertThat(answer.header("Location")).endsWith("/api/v1/breaches/" + breach.getString("id"));
        return breach;
    }

    private io.restassured.response.ValidatableResponse refused(Map<String, Object> incident, int status) {
        return as(mfa).body(incident)
                .post("/api/v1/breaches")
                .then()
                .statusCode(status)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }

    private static Map<String, Object> pack(JsonPath breach, String code) {
        return breach.getMap("packs.find { it.rulePack == '" + code + "' }");
    }
}
