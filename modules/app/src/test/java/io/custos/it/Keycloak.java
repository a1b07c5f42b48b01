package io.custos.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenID Provider for the suite: Keycloak's distribution (unpacked by the build), started on
 * a free loopback port the first time a test class that needs it runs, with the realm of
 * {@code keycloak/custos-it-realm.json}, and stopped when the test run ends. Suites without such a
 * class never start it.
 */
public final class Keycloak implements ExtensionContext.Store.CloseableResource {

    public static final String REALM = "custos-it";
    public static final String CLIENT_ID = "custos";
    public static final String CLIENT_SECRET = "custos-it-client-secret";
    static final String ADMIN = "it-admin";
    static final String ADMIN_PASSWORD = "it-admin-" + java.util.UUID.randomUUID();
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Gives test classes the suite's one Keycloak: {@code @ExtendWith(Keycloak.Started.class)}, then {@link #get()}. */
    public static final class Started implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(Keycloak.class))
                    .getOrComputeIfAbsent(Keycloak.class, k -> start(), Keycloak.class);
        }
    }

    private static volatile Keycloak running;

    public static Keycloak get() {
        if (running == null) {
            throw new IllegalStateException("extend the test class with Keycloak.Started");
        }
        return running;
    }

    private static Keycloak start() {
        Path home = Path.of(System.getProperty("custos.it.keycloak.home"));
        try {
            Path data = home.resolve("data");
            ItEnvironment.deleteRecursively(data); // a fresh realm each run
            Files.createDirectories(data.resolve("import"));
            try (var realm = Keycloak.class.getResourceAsStream("/keycloak/custos-it-realm.json")) {
                Files.copy(
                        realm,
                        data.resolve("import").resolve("custos-it-realm.json"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            int port = CustosProcess.freePort();
            int management = CustosProcess.freePort();
            ProcessBuilder builder = new ProcessBuilder(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--http-management-port=" + management,
                            "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolveSibling("keycloak.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("custos.it.keycloak.java"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Keycloak keycloak = new Keycloak(builder.start(), port);
            keycloak.awaitReady();
            running = keycloak;
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the realm's discovery document until it answers, for at most {@link #STARTUP}. */
    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + "; see target/keycloak/keycloak.log");
            }
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + STARTUP);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return base() + "/realms/" + REALM;
    }

    /** The {@code sub} Keycloak gives {@code username} in this realm. */
    public String subjectOf(String username) {
        return given().noFilters()
                .auth()
                .oauth2(adminToken())
                .queryParam("username", username)
                .queryParam("exact", true)
                .get(base() + "/admin/realms/" + REALM + "/users")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
    }

    /**
     * Rotates the realm's signing key as an operator would: a new RSA key of higher priority signs
     * from now on, and the old one is removed, so it is no longer published.
     */
    public void rotateKeys() {
        String token = adminToken();
        java.util.List<String> old = given().noFilters()
                .auth()
                .oauth2(token)
                .queryParam("type", "org.keycloak.keys.KeyProvider")
                .get(base() + "/admin/realms/" + REALM + "/components")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.providerId == 'rsa-generated' }.id");
        given().noFilters()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "rotated-" + System.nanoTime(),
                        "providerId",
                        "rsa-generated",
                        "providerType",
                        "org.keycloak.keys.KeyProvider",
                        "parentId",
                        REALM,
                        "config",
                        Map.of(
                                "priority",
                                java.util.List.of(Long.toString(System.currentTimeMillis())),
                                "algorithm",
                                java.util.List.of("RS256"))))
                .post(base() + "/admin/realms/" + REALM + "/components")
                .then()
                .statusCode(201);
        for (String id : old) {
            given().noFilters()
                    .auth()
                    .oauth2(token)
                    .delete(base() + "/admin/realms/" + REALM + "/components/" + id)
                    .then()
                    .statusCode(204);
        }
    }

    /** The ids of the signing keys the realm publishes. */
    public java.util.List<String> publishedKeyIds() {
        return given().noFilters()
                .get(issuer() + "/protocol/openid-connect/certs")
                .then()
                .statusCode(200)
                .extract()
                .path("keys.findAll { it.use == 'sig' }.kid");
    }

    private String adminToken() {
        return given().noFilters()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", ADMIN)
                .formParam("password", ADMIN_PASSWORD)
                .post(base() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = null;
    }
}
