package io.custos.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.custos.launcher.CustosEnvironment;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

    private static final List<Process> INSTANCES = new ArrayList<>();
    private static String first;
    private static String second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        int hazelcastPort = freePort();
        String cluster = "tcpip:127.0.0.1:" + hazelcastPort + ",127.0.0.1:" + (hazelcastPort + 1);
        first = start(1, cluster, hazelcastPort);
        second = start(2, cluster, hazelcastPort);
        awaitReady(first);
        awaitReady(second);
        RestAssured.baseURI = first;
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        for (Process instance : INSTANCES) {
            instance.destroy();
        }
        for (Process instance : INSTANCES) {
            if (!instance.waitFor(30, TimeUnit.SECONDS)) {
                instance.destroyForcibly();
            }
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

    private static String start(int number, String cluster, int hazelcastPort) throws IOException {
        Map<String, String> server = ItEnvironment.serverProperties();
        int port = freePort();
        Path workdir =
                Path.of(System.getProperty("custos.it.workdir", "target/it")).resolve("instance-" + number);
        Files.createDirectories(workdir);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmx768m",
                        "-jar",
                        Path.of(System.getProperty("custos.it.jar")).toString(),
                        "--port",
                        Integer.toString(port),
                        "--interfaces",
                        "127.0.0.1",
                        "--startport",
                        Integer.toString(hazelcastPort))
                .redirectErrorStream(true)
                .redirectOutput(workdir.resolve("server.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("CUSTOS_MODE", "production");
        env.put("CUSTOS_CLUSTER", cluster);
        env.put("CUSTOS_DATA_DIR", workdir.toString());
        env.put("CUSTOS_DB_URL", server.get(CustosEnvironment.DB_URL));
        env.put("CUSTOS_DB_USER", server.get(CustosEnvironment.DB_USER));
        env.put("CUSTOS_DB_PASSWORD", server.get(CustosEnvironment.DB_PASSWORD));
        env.put("CUSTOS_OPERATOR_TOKEN", server.get(CustosEnvironment.OPERATOR_TOKEN));
        env.put("CUSTOS_JWT_PRIVATE_KEY", server.get(CustosEnvironment.JWT_PRIVATE_KEY));
        env.put("CUSTOS_MASTER_KEY", server.get(CustosEnvironment.MASTER_KEY));
        env.put("CUSTOS_PASSWORD_ITERATIONS", "1024");
        INSTANCES.add(builder.start());
        return "http://127.0.0.1:" + port;
    }

    private static void awaitReady(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (INSTANCES.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("an instance exited; see target/it/instance-*/server.log");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + " was not ready in time; see target/it/instance-*/server.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
