package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.custos.it.Tenants.Onboarded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomersIT extends ItBase {

    private Onboarded tenant;
    private String mfa;
    private String berlin;
    private String paris;
    private String associate;

    @BeforeEach
    void aChainWithTwoStoresAndAnAssociateInBerlin() {
        tenant = tenants.onboard();
        mfa = tenant.adminMfaToken();
        String europe = as(mfa).body(Map.of("code", "EU", "name", "Europe"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        berlin = store(mfa, "BER", "DE", europe);
        paris = store(mfa, "PAR", "FR", europe);
        String sam = tenant.createStaff(tenant.adminToken(), "sam");
        String salesAssociate = as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'SALES_ASSOCIATE' }.id");
        as(mfa).body(Map.of(
                        "staffId",
                        sam,
                        "roleId",
                        salesAssociate,
                        "scope",
                        Map.of("type", "STORE", "id", berlin),
                        "reason",
                        "Berlin floor"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);
        associate = Tenants.login(tenant.slug(), "sam", Tenants.ADMIN_PASSWORD);
    }

    @Test
    void sensitiveFieldsAreMaskedWithoutASecondFactorAndEncryptedAtRest() throws Exception {
        String id = customer(mfa, berlin, "DE");
        as(tenant.adminToken())
                .get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("givenName", equalTo("Ana"))
                .body("email", equalTo("ana@example.com"))
                .body("birthDate", nullValue())
                .body(
                        "masked",
                        hasItems("birthDate", "lifetimeValue", "loyaltyPoints", "purchaseCount", "lastPurchaseOn"))
                .body("purchaseCount", nullValue());
        String etag = as(mfa).get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("birthDate", equalTo("1990-04-01"))
                .body("lifetimeValue", equalTo("1234.50"))
                .body("loyaltyPoints", equalTo(120))
                .body("purchaseCount", equalTo(17))
                .body("lastPurchaseOn", equalTo("2026-11-01"))
                .extract()
                .header("ETag");
        // the purchase summary is FINANCIAL: changing it needs customer.read.sensitive (a second factor)
        as(tenant.adminToken())
                .header("If-Match", etag)
                .body(Map.of("purchaseCount", 18))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
        String changed = as(mfa).header("If-Match", etag)
                .body(Map.of("purchaseCount", 18, "lastPurchaseOn", "2026-11-20"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("purchaseCount", equalTo(18))
                .body("lastPurchaseOn", equalTo("2026-11-20"))
                .extract()
                .header("ETag");
        as(mfa).header("If-Match", changed)
                .body(Map.of("purchaseCount", -1))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("purchaseCount"));
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT sealed_birth_date, sealed_lifetime_value FROM customers_customer WHERE id = ?")) {
            read.setString(1, id);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isNotBlank().doesNotContain("1990");
            assertThat(row.getString(2)).isNotBlank().doesNotContain("1234");
        }
    }

    @Test
    void attributesDeclaredSensitiveAreSealedAndMaskedLikeBirthDates() throws Exception {
        Map<String, Object> body = new HashMap<>(customerBody(berlin, "DE"));
        body.put("attributes", Map.of("allergies", "peanuts", "shoeSize", "42"));
        String id = as(mfa).body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(associate).get("/api/v1/customers/" + id).then().body("attributes.allergies", equalTo("peanuts"));
        Map<String, Object> tooLong = new HashMap<>(customerBody(berlin, "DE"));
        tooLong.put("attributes", Map.of("notes", "x".repeat(1001)));
        as(mfa).body(tooLong)
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attributes.notes"));

        var declare = Map.of("items", java.util.List.of("allergies"));
        as(tenant.adminToken())
                .body(declare)
                .put("/api/v1/customer-attributes/sensitive")
                .then()
                .statusCode(403);
        as(mfa).body(Map.of("items", java.util.List.of("no spaces")))
                .put("/api/v1/customer-attributes/sensitive")
                .then()
                .statusCode(400);
        as(mfa).body(declare)
                .put("/api/v1/customer-attributes/sensitive")
                .then()
                .statusCode(200)
                .body("items", contains("allergies"));

        String etag = as(associate)
                .get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("attributes.allergies", nullValue())
                .body("attributes.shoeSize", equalTo("42"))
                .body("masked", hasItem("attributes.allergies"))
                .extract()
                .header("ETag");
        as(mfa).get("/api/v1/customers/" + id).then().body("attributes.allergies", equalTo("peanuts"));
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT attributes, sealed_attributes FROM customers_customer WHERE id = ?")) {
            read.setString(1, id);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).contains("shoeSize").doesNotContain("peanuts");
            assertThat(row.getString(2)).isNotBlank().doesNotContain("peanuts");
        }

        // nobody writes what they may not read; other attributes merge in and leave it standing
        as(associate)
                .header("If-Match", etag)
                .body(Map.of("attributes", Map.of("allergies", "none")))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(403);
        as(associate)
                .header("If-Match", etag)
                .body(Map.of("attributes", Map.of("shoeSize", "43")))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("attributes.shoeSize", equalTo("43"));
        as(mfa).get("/api/v1/customers/" + id)
                .then()
                .body("attributes.allergies", equalTo("peanuts"))
                .body("attributes.shoeSize", equalTo("43"));
    }

    @Test
    void aStoreGrantReachesItsStoreOnlyInReadsAndLists() {
        String inBerlin = customer(mfa, berlin, "DE");
        String inParis = customer(mfa, paris, "FR");
        as(associate).get("/api/v1/customers/" + inBerlin).then().statusCode(200);
        as(associate)
                .get("/api/v1/customers/" + inParis)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("gate", equalTo("grant"));
        as(associate).get("/api/v1/customers").then().statusCode(200).body("items.id", contains(inBerlin));
        as(mfa).get("/api/v1/customers").then().body("items.id", hasItems(inBerlin, inParis));
        as(associate)
                .queryParam("q", "Lop")
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.id", contains(inBerlin))
                .body("items.storeId", contains(berlin));
    }

    @Test
    void readsAndRefusalsAreOnTheAuditTrail() {
        String inParis = customer(mfa, paris, "FR");
        as(associate).get("/api/v1/customers/" + inParis).then().statusCode(403);
        as(mfa).queryParam("customerId", inParis)
                .queryParam("decision", "DENY")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("customer.read"))
                .body(
                        "items[0].details.gates.gate",
                        contains("tenant", "grant", "training", "mfa", "residency", "consent"));
        as(mfa).queryParam("customerId", inParis)
                .queryParam("decision", "ALLOW")
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("customer.create"));
    }

    @Test
    void theDecisionIsExplainedGateByGate() {
        String inParis = customer(mfa, paris, "FR");
        String sam = as(tenant.adminToken())
                .get("/api/v1/staff")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.username == 'sam' }.id");
        as(mfa).queryParam("staffId", sam)
                .queryParam("customerId", inParis)
                .queryParam("action", "customer.read")
                .get("/api/v1/access/explain")
                .then()
                .statusCode(200)
                .body("allowed", equalTo(false))
                .body("gates.gate", contains("tenant", "grant", "training", "mfa", "residency", "consent"))
                .body("gates[0].passed", equalTo(true))
                .body("gates[1].passed", equalTo(false))
                .body("gates[1].detail", notNullValue());
    }

    @Test
    void badCustomersAreNamedAndAnotherTenantsCustomersAreNotFound() {
        var body = new HashMap<>(customerBody(berlin, "DE"));
        body.put("storeId", "no-such-store");
        as(mfa).body(body).post("/api/v1/customers").then().statusCode(400).body("errors[0].field", equalTo("storeId"));
        body = new HashMap<>(customerBody(berlin, "Germany"));
        as(mfa).body(body).post("/api/v1/customers").then().statusCode(400).body("errors.field", hasItem("country"));

        String id = customer(mfa, berlin, "DE");
        var other = tenants.onboard();
        String otherMfa = other.adminMfaToken();
        as(otherMfa).get("/api/v1/customers/" + id).then().statusCode(404);
        as(otherMfa).delete("/api/v1/customers/" + id).then().statusCode(404);
        as(mfa).get("/api/v1/customers/" + id).then().statusCode(200);
    }

    @Test
    void aDeletedCustomerIsGone() {
        String id = customer(mfa, berlin, "DE");
        as(associate).delete("/api/v1/customers/" + id).then().statusCode(403);
        as(mfa).delete("/api/v1/customers/" + id).then().statusCode(204);
        as(mfa).get("/api/v1/customers/" + id).then().statusCode(404);
    }

    @Test
    void updatesNeedTheCurrentEtagAndSensitiveOnesASecondFactor() {
        String id = customer(mfa, berlin, "DE");
        String etag = as(associate)
                .get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(associate)
                .body(Map.of("phone", "+49 30 1234567"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(428);
        as(associate)
                .header("If-Match", etag)
                .body(Map.of("phone", "+49 30 1234567"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("phone", equalTo("+49 30 1234567"));
        as(associate)
                .header("If-Match", etag)
                .body(Map.of("phone", "+49 30 7654321"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(412);
        String current =
                as(associate).get("/api/v1/customers/" + id).then().extract().header("ETag");
        as(associate)
                .header("If-Match", current)
                .body(Map.of("birthDate", "1991-01-01"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(403);
        as(mfa).get("/api/v1/customers/" + id).then().body("birthDate", equalTo("1990-04-01"));
    }

    @Test
    void ownershipTransfersToAnotherStaffMember() {
        String id = customer(mfa, berlin, "DE");
        String kai = tenant.createStaff(tenant.adminToken(), "kai");
        as(associate)
                .body(Map.of("ownerId", kai))
                .post("/api/v1/customers/" + id + "/owner")
                .then()
                .statusCode(403);
        as(mfa).body(Map.of("ownerId", kai))
                .post("/api/v1/customers/" + id + "/owner")
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(kai));
        as(mfa).body(Map.of("ownerId", "no-such-staff"))
                .post("/api/v1/customers/" + id + "/owner")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void theAccessLogShowsWhoTouchedTheCustomer() {
        String id = customer(mfa, berlin, "DE");
        as(associate).get("/api/v1/customers/" + id).then().statusCode(200);
        as(mfa).get("/api/v1/customers/" + id + "/access-log")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("customer.create", "customer.read"))
                .body("items.decision", everyItem(equalTo("ALLOW")));
        var other = tenants.onboard();
        as(other.adminMfaToken())
                .get("/api/v1/customers/" + id + "/access-log")
                .then()
                .statusCode(404);
    }

    @Test
    void listPagesAndSegmentPagesAreInTheAccessLogOfEachCustomerTheyShowed() {
        String shown = customer(mfa, berlin, "DE");
        String alsoShown = customer(mfa, berlin, "DE");
        as(associate)
                .queryParam("storeId", berlin)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.id", hasItems(shown, alsoShown));
        for (String customer : List.of(shown, alsoShown)) {
            as(mfa).body(Map.of("purpose", "PROFILING", "state", "GRANTED", "source", "POS"))
                    .post("/api/v1/customers/" + customer + "/consents")
                    .then()
                    .statusCode(201);
        }
        as(mfa).body(Map.of("purpose", "PROFILING"))
                .post("/api/v1/segments/query")
                .then()
                .statusCode(200)
                .body("items.id", hasItems(shown, alsoShown));
        for (String customer : List.of(shown, alsoShown)) {
            as(mfa).get("/api/v1/customers/" + customer + "/access-log")
                    .then()
                    .statusCode(200)
                    .body("items.action", hasItems("customer.create", "customer.list", "segments.query"));
        }
        var entry = as(mfa).queryParam("action", "customer.list")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(entry.getList("items.details.customers", List.class).get(0)).contains(shown, alsoShown);
        assertThat(entry.getString("items[0].details.storeId")).isEqualTo(berlin);

        String other = tenants.onboard().adminMfaToken();
        String theirs = customer(other, store(other, "HAM", "DE", null), "DE");
        as(mfa).get("/api/v1/customers/" + theirs + "/access-log").then().statusCode(404);
    }

    @Test
    void aChineseCustomerIsNotReadFromAbroadWithoutCrossBorderConsent() {
        String shanghai = store(mfa, "SHA", "CN", null);
        String inShanghai = customer(mfa, shanghai, "CN");
        // the admin has no home store: their country is the headquarters', DE
        as(mfa).get("/api/v1/customers/" + inShanghai).then().statusCode(403).body("gate", equalTo("residency"));
        // lists apply residency too: headquarters in Germany do not list the Chinese customer
        as(mfa).get("/api/v1/customers").then().statusCode(200).body("items.id", not(hasItem(inShanghai)));
        as(mfa).get("/api/v1/customers/" + customer(mfa, paris, "FR")).then().statusCode(200);
        String li = tenant.createStaff(tenant.adminToken(), "li.wei");
        String etag = as(tenant.adminToken())
                .get("/api/v1/staff/" + li)
                .then()
                .extract()
                .header("ETag");
        as(tenant.adminToken())
                .header("If-Match", etag)
                .body(Map.of("homeStoreId", shanghai))
                .patch("/api/v1/staff/" + li)
                .then()
                .statusCode(200);
        as(mfa).queryParam("staffId", li)
                .queryParam("customerId", inShanghai)
                .queryParam("action", "customer.read")
                .get("/api/v1/access/explain")
                .then()
                .body("gates.find { it.gate == 'residency' }.passed", equalTo(true));
    }

    @Test
    void analystsSeeCountsWithSmallCellsSuppressedAndNoRecords() {
        for (int i = 0; i < 6; i++) {
            customer(mfa, berlin, "DE");
        }
        String one = customer(mfa, paris, "FR");
        String analyst = tenant.createStaff(tenant.adminToken(), "ana.lyst");
        String analystRole = as(tenant.adminToken())
                .get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'ANALYST' }.id");
        tenant.grantTenantWide(mfa, analyst, analystRole);
        String token = Tenants.login(tenant.slug(), "ana.lyst", Tenants.ADMIN_PASSWORD);

        as(token)
                .body(Map.of("groupBy", java.util.List.of("storeId")))
                .post("/api/v1/insights/aggregate")
                .then()
                .statusCode(200)
                .body("k", equalTo(5))
                .body("cells.find { it.key.storeId == '" + berlin + "' }.count", equalTo(6))
                .body("cells.find { it.key.storeId == '" + paris + "' }.count", nullValue())
                .body("cells.find { it.key.storeId == '" + paris + "' }.suppressed", equalTo(true));
        int age = java.time.LocalDate.now().getYear() - 1990; // every customer here was born in 1990
        String band = age >= 35 && age <= 44 ? "35-44" : age >= 45 ? "45-54" : "25-34";
        as(token)
                .body(Map.of("groupBy", java.util.List.of("ageBand")))
                .post("/api/v1/insights/aggregate")
                .then()
                .statusCode(200)
                .body("cells.find { it.key.ageBand == '" + band + "' }.count", equalTo(7));
        as(token)
                .body(Map.of("groupBy", java.util.List.of("shoeSize")))
                .post("/api/v1/insights/aggregate")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy[0]"));
        as(token).get("/api/v1/customers/" + one).then().statusCode(403);
        as(associate)
                .body(Map.of("groupBy", java.util.List.of("country")))
                .post("/api/v1/insights/aggregate")
                .then()
                .statusCode(403);
    }

    @Test
    void aLeaversCustomersGoToAnotherOwnerAllOrNone() {
        String leo = tenant.createStaff(mfa, "leo");
        String mia = tenant.createStaff(mfa, "mia");
        String inBerlin = owned(leo, berlin, "DE");
        String inParis = owned(leo, paris, "FR");
        String keeps = customer(mfa, berlin, "DE");
        as(mfa).post("/api/v1/staff/" + leo + "/offboard").then().statusCode(200);

        // a Berlin store manager may transfer Berlin's customers only: Paris refuses, nothing moves
        String manager = tenant.createStaff(mfa, "bea");
        String storeManager = as(mfa).get("/api/v1/roles")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'STORE_MANAGER' }.id");
        as(mfa).body(Map.of(
                        "staffId",
                        manager,
                        "roleId",
                        storeManager,
                        "scope",
                        Map.of("type", "STORE", "id", berlin),
                        "reason",
                        "Berlin manager"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201);
        String managerMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "bea", Tenants.ADMIN_PASSWORD);
        Map<String, Object> leoToMia = Map.of("fromStaffId", leo, "toStaffId", mia, "reason", "Leo left the company");
        as(managerMfa)
                .body(leoToMia)
                .post("/api/v1/customers/reassign")
                .then()
                .statusCode(403)
                .body("gate", equalTo("grant"));
        as(mfa).get("/api/v1/customers/" + inBerlin).then().body("ownerId", equalTo(leo));

        as(mfa).body(leoToMia)
                .post("/api/v1/customers/reassign")
                .then()
                .statusCode(200)
                .body("reassigned", equalTo(2))
                .body("toStaffId", equalTo(mia));
        for (String moved : java.util.List.of(inBerlin, inParis)) {
            as(mfa).get("/api/v1/customers/" + moved).then().body("ownerId", equalTo(mia));
        }
        as(mfa).get("/api/v1/customers/" + keeps).then().body("ownerId", not(equalTo(mia)));
        as(mfa).queryParam("action", "customer.reassign")
                .get("/api/v1/audit")
                .then()
                .body("items[0].targetId", equalTo(leo))
                .body("items[0].details.reason", equalTo("Leo left the company"))
                .body("items[0].details.reassigned", equalTo(2));
        as(mfa).body(leoToMia)
                .post("/api/v1/customers/reassign")
                .then()
                .statusCode(200)
                .body("reassigned", equalTo(0));

        as(mfa).body(Map.of("fromStaffId", mia, "toStaffId", mia, "reason", "x"))
                .post("/api/v1/customers/reassign")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("toStaffId"));
        as(mfa).body(Map.of("fromStaffId", mia, "toStaffId", leo, "reason", "back to a leaver"))
                .post("/api/v1/customers/reassign")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("toStaffId"));
        String elsewhere = tenants.onboard().adminId();
        as(mfa).body(Map.of("fromStaffId", elsewhere, "toStaffId", mia, "reason", "another tenant's staff"))
                .post("/api/v1/customers/reassign")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fromStaffId"));
    }

    private String owned(String ownerId, String store, String country) {
        return as(mfa).body(Map.of(
                        "storeId", store,
                        "givenName", "Owned",
                        "familyName", "Customer",
                        "country", country,
                        "ownerId", ownerId))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aCsvImportRunsAsAJobAndNamesTheLinesThatFailed() throws Exception {
        String csv = "storeId,givenName,familyName,email,country,birthDate\n"
                + berlin + ",Jonas,Becker,jonas@example.com,DE,1985-02-03\n"
                + berlin + ",Bad,Country,bad@example.com,XX,\n"
                + paris + ",Chloé,Martin,chloe@example.com,FR,\n";
        var job = finished(importing(mfa, csv, "atomic=false"));
        assertThat(job.getInt("total")).isEqualTo(3);
        assertThat(job.getInt("processed")).isEqualTo(3);
        assertThat(job.getInt("failed")).isEqualTo(1);
        assertThat(job.getList("errors.line", Integer.class)).containsExactly(3);
        as(mfa).queryParam("q", "Becker").get("/api/v1/customers").then().body("items.familyName", contains("Becker"));

        var atomic = finished(importing(mfa, csv.replace("Becker", "Atomic"), "atomic=true&batchSize=10"));
        assertThat(atomic.getInt("failed")).isEqualTo(3);
        as(mfa).queryParam("q", "Atomic").get("/api/v1/customers").then().body("items", org.hamcrest.Matchers.empty());

        var refused = finished(
                importing(associate, "storeId,givenName,familyName,country\n" + paris + ",Out,Of Scope,FR\n", ""));
        assertThat(refused.getInt("failed")).isEqualTo(1);
        assertThat(refused.getString("errors[0].message")).contains("no grant");
        String associatesJob =
                importing(associate, "storeId,givenName,familyName,country\n" + berlin + ",Own,Job,DE\n", "");
        as(associate).get("/api/v1/jobs/" + associatesJob).then().statusCode(200);
        String adminsJob = importing(mfa, "storeId,givenName,familyName,country\n" + paris + ",Admins,Job,FR\n", "");
        as(associate)
                .get("/api/v1/jobs/" + adminsJob)
                .then()
                .statusCode(404)
                .body("detail", equalTo("job " + adminsJob + " does not exist"));
        as(mfa).body(bytes("givenName\nx\n"))
                .contentType("text/csv")
                .post("/api/v1/customers/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("header"));
    }

    private static String importing(String token, String csv, String query) {
        return as(token)
                .contentType("text/csv")
                .body(bytes(csv))
                .post("/api/v1/customers/import" + (query.isEmpty() ? "" : "?" + query))
                .then()
                .statusCode(202)
                .extract()
                .path("jobId");
    }

    private io.restassured.path.json.JsonPath finished(String job) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            var answer = as(mfa).get("/api/v1/jobs/" + job)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (answer.getString("status").equals("DONE")
                    || answer.getString("status").equals("FAILED")) {
                return answer;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + job + " did not finish");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String customer(String token, String store, String country) {
        return as(token)
                .body(customerBody(store, country))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> customerBody(String store, String country) {
        return Map.of(
                "storeId", store,
                "givenName", "Ana",
                "familyName", "Lopez",
                "email", "ana@example.com",
                "birthDate", "1990-04-01",
                "country", country,
                "lifetimeValue", "1234.50",
                "loyaltyPoints", 120,
                "purchaseCount", 17,
                "lastPurchaseOn", "2026-11-01");
    }
}
