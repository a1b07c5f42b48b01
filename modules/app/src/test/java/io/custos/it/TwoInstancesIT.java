package io.custos.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two custos.jar processes on this machine, clustered over loopback TCP/IP, against one database:
 * they act as one service. Shared state lives in the database, so what one instance writes,
 * revokes, counts or chains holds on the other at once.
 */
class TwoInstancesIT {

    private static final List<CustosProcess> INSTANCES = new ArrayList<>();
    private static String first;
    private static String second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        int hazelcastPort = CustosProcess.freePort();
        String cluster = "tcpip:127.0.0.1:" + hazelcastPort + ",127.0.0.1:" + (hazelcastPort + 1);
        for (int number = 1; number <= 2; number++) {
            INSTANCES.add(CustosProcess.start(
                    "instance-" + number,
                    Map.of("CUSTOS_CLUSTER", cluster),
                    "--interfaces",
                    "127.0.0.1",
                    "--startport",
                    Integer.toString(hazelcastPort)));
        }
        first = INSTANCES.get(0).awaitReady().base();
        second = INSTANCES.get(1).awaitReady().base();
        RestAssured.baseURI = first;
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        for (CustosProcess instance : INSTANCES) {
            instance.stop();
        }
    }

    @Test
    void whatOneInstanceWritesTheOtherReads() {
        var tenant = new Tenants().onboard(); // on the first instance
        on(second)
                .auth()
                .oauth2(Tenants.login(tenant.slug(), "admin", Tenants.ADMIN_PASSWORD))
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("items.username", hasItem("admin"));
    }

    @Test
    void aRevocationOnOneInstanceHoldsOnTheOtherAtOnce() {
        var tenant = new Tenants().onboard();
        String mfa = tenant.adminMfaToken();
        String staff = tenant.createStaff(tenant.adminToken(), "rev");
        String grant =
                tenant.grantTenantWide(mfa, staff, tenant.createRole(tenant.adminToken(), "Admins", "staff.manage"));
        String token = Tenants.login(tenant.slug(), "rev", Tenants.ADMIN_PASSWORD);
        on(second).auth().oauth2(token).get("/api/v1/staff").then().statusCode(200);

        on(first)
                .auth()
                .oauth2(mfa)
                .body(Map.of("reason", "left the team"))
                .post("/api/v1/grants/" + grant + "/revoke")
                .then()
                .statusCode(200);

        on(second).auth().oauth2(token).get("/api/v1/staff").then().statusCode(403);
    }

    @Test
    void aRoleLosingAPermissionOnOneInstanceHoldsOnTheOtherAtOnce() {
        var tenant = new Tenants().onboard();
        String mfa = tenant.adminMfaToken();
        String staff = tenant.createStaff(tenant.adminToken(), "rol");
        String role = tenant.createRole(tenant.adminToken(), "Staff managers", "staff.manage");
        tenant.grantTenantWide(mfa, staff, role);
        String token = Tenants.login(tenant.slug(), "rol", Tenants.ADMIN_PASSWORD);
        on(second).auth().oauth2(token).get("/api/v1/staff").then().statusCode(200);

        String etag = on(first)
                .auth()
                .oauth2(mfa)
                .get("/api/v1/roles/" + role)
                .then()
                .extract()
                .header("ETag");
        on(first)
                .auth()
                .oauth2(mfa)
                .header("If-Match", etag)
                .body(Map.of("name", "Staff managers", "permissions", List.of("customer.read")))
                .put("/api/v1/roles/" + role)
                .then()
                .statusCode(200);

        on(second).auth().oauth2(token).get("/api/v1/staff").then().statusCode(403);
    }

    @Test
    void aSettingChangedOnOneInstanceIsReadOnTheOtherAtOnce() {
        var tenant = new Tenants().onboard();
        String mfa = tenant.adminMfaToken();
        // the second instance has read (and parsed) the defaults before the change
        on(second).auth().oauth2(mfa).get("/api/v1/tenant-settings").then().header("ETag", "\"0\"");

        on(first)
                .auth()
                .oauth2(mfa)
                .header("If-Match", "\"0\"")
                .body(Map.of("training", Map.of("attemptsPerDay", 5)))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200);

        on(second)
                .auth()
                .oauth2(mfa)
                .get("/api/v1/tenant-settings")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("training.attemptsPerDay", equalTo(5));
    }

    /** The second instance keeps the tenant's overrides across requests; the change moves its version. */
    @Test
    void aRulePackOverrideOnOneInstanceHoldsOnTheOtherAtOnce() {
        var tenant = new Tenants().onboard();
        String token = tenant.adminToken();
        for (int read = 0; read < 2; read++) { // the second read is served from what the first kept
            usCaOn(second, token).body("overrides", anEmptyMap());
        }

        on(first)
                .auth()
                .oauth2(token)
                .body(Map.of("dsarResponseDays", 20))
                .put("/api/v1/rule-packs/US-CA/overrides")
                .then()
                .statusCode(200);

        usCaOn(second, token).body("dsarResponseDays", equalTo(20)).body("overrides.dsarResponseDays", equalTo(20));
    }

    private static io.restassured.response.ValidatableResponse usCaOn(String base, String token) {
        return on(base).auth()
                .oauth2(token)
                .get("/api/v1/rule-packs/US-CA")
                .then()
                .statusCode(200);
    }

    @Test
    void aSuspensionOnOneInstanceHoldsOnTheOtherAtOnce() {
        var tenant = new Tenants().onboard();
        String staff = tenant.createStaff(tenant.adminToken(), "sus");
        String token = Tenants.login(tenant.slug(), "sus", Tenants.ADMIN_PASSWORD);
        on(second).auth().oauth2(token).get("/api/v1/permissions").then().statusCode(200);

        on(first)
                .auth()
                .oauth2(tenant.adminToken())
                .post("/api/v1/staff/" + staff + "/suspend")
                .then()
                .statusCode(200);

        on(second).auth().oauth2(token).get("/api/v1/permissions").then().statusCode(401);
    }

    @Test
    void aLogoutOnOneInstanceRefusesTheSessionsTokenOnTheOtherAtOnce() {
        var tenant = new Tenants().onboard();
        String token = on(first)
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        on(second).auth().oauth2(token).get("/api/v1/staff").then().statusCode(200);

        on(first).auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);

        on(second).auth().oauth2(token).get("/api/v1/staff").then().statusCode(401);
        on(second)
                .auth()
                .oauth2(tenant.adminToken())
                .get("/api/v1/staff")
                .then()
                .statusCode(200);
    }

    @Test
    void aRefreshTokenRotatedOnOneInstanceIsAReuseOnTheOther() {
        var tenant = new Tenants().onboard();
        String cookie = on(first)
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .cookie("custos_refresh");
        String token = on(first)
                .header("Cookie", "custos_refresh=" + cookie)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");

        on(second)
                .header("Cookie", "custos_refresh=" + cookie)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);

        on(first).auth().oauth2(token).get("/api/v1/staff").then().statusCode(401);
    }

    @Test
    void aLockoutFromFailuresOnOneInstanceHoldsOnTheOther() {
        var tenant = new Tenants().onboard();
        for (int i = 0; i < 5; i++) {
            on(first)
                    .body(Map.of(
                            "tenant", tenant.slug(), "username", "admin", "password", "Wrong-" + i + "-Password-x"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        on(second)
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(423);
    }

    @Test
    void concurrentAuditedWritesThroughBothKeepOneValidChain() throws Exception {
        var tenant = new Tenants().onboard();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String base = t % 2 == 0 ? first : second;
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        on(base).auth()
                                .oauth2(tenant.adminToken())
                                .body(Map.of(
                                        "username", "c" + thread + "n" + i, "email", "c" + thread + i + "@example.com"))
                                .post("/api/v1/staff")
                                .then()
                                .statusCode(201);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        on(second)
                .auth()
                .oauth2(tenant.adminMfaToken())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
    }

    private static RequestSpecification on(String base) {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
