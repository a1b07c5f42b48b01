package io.custos.it;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpServer;
import io.custos.it.Tenants.Onboarded;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One real object of every kind the contract's path parameters name, created in a tenant through
 * the API by its MFA admin, by kind: {@code region}, {@code store}, {@code staff}, {@code team},
 * {@code role}, {@code grant}, {@code customer}, {@code accessReview}, {@code accessReviewItem},
 * {@code privacyRequest}, {@code course} (with a quiz), {@code courseVersion}, {@code courseDraft},
 * {@code quizAttempt} (the admin's), {@code assignment}, {@code importJob}, {@code rulePack},
 * {@code session} (the admin's password session, not the MFA one the probes use), {@code breakGlass},
 * {@code breach} (of the customer) and {@code breachTask} (its first notification task),
 * {@code transferSafeguard},
 * {@code webhook} (to a loopback receiver answering 204) and {@code webhookDelivery} (its delivery of
 * the grant, delivered before any probe so that the scheduler changes nothing while they run).
 */
final class TenantObjects {

    /** Takes every webhook delivery with 204: the probe endpoint's delivery settles at once. */
    private static final HttpServer RECEIVER = receiver();

    /** The kind of object a path parameter takes, by the path segment before it. */
    static final Map<String, String> KIND_BY_PATH_SEGMENT = Map.ofEntries(
            Map.entry("access-reviews/{id}", "accessReview"),
            Map.entry("approvals/{id}", "approval"),
            Map.entry("break-glass/{id}", "breakGlass"),
            Map.entry("breaches/{id}", "breach"),
            Map.entry("tasks/{taskId}", "breachTask"),
            Map.entry("items/{itemId}", "accessReviewItem"),
            Map.entry("access-review-items/{itemId}", "accessReviewItem"),
            Map.entry("consent-notices/{id}", "consentNotice"),
            Map.entry("providers/{id}", "ssoProvider"),
            Map.entry("tokens/{id}", "scimToken"),
            Map.entry("links/{linkId}", "ssoLink"),
            Map.entry("sso/{tenant}", "tenantSlug"),
            Map.entry("{tenant}/{providerId}", "ssoProvider"),
            Map.entry("customers/{id}", "customer"),
            Map.entry("grants/{id}", "grant"),
            Map.entry("jobs/{id}", "importJob"),
            Map.entry("training/{courseCode}", "course"),
            Map.entry("privacy-requests/{id}", "privacyRequest"),
            Map.entry("regions/{id}", "region"),
            Map.entry("roles/{id}", "role"),
            Map.entry("rule-packs/{code}", "rulePack"),
            Map.entry("staff/{id}", "staff"),
            Map.entry("stores/{id}", "store"),
            Map.entry("teams/{id}", "team"),
            Map.entry("transfer-safeguards/{id}", "transferSafeguard"),
            Map.entry("assignments/{id}", "assignment"),
            Map.entry("courses/{code}", "course"),
            Map.entry("versions/{version}", "courseVersion"),
            Map.entry("drafts/{version}", "courseDraft"),
            Map.entry("attempts/{attemptId}", "quizAttempt"),
            Map.entry("tenants/{id}", "tenant"),
            Map.entry("sessions/{id}", "session"),
            Map.entry("webhooks/{id}", "webhook"),
            Map.entry("deliveries/{deliveryId}", "webhookDelivery"));

    final Onboarded tenant;
    final String mfa;
    final Map<String, String> ids = new LinkedHashMap<>();

    private TenantObjects(Onboarded tenant, String mfa) {
        this.tenant = tenant;
        this.mfa = mfa;
    }

    static TenantObjects createdIn(Onboarded tenant) {
        TenantObjects objects = new TenantObjects(tenant, tenant.adminMfaToken());
        objects.create();
        return objects;
    }

    private void create() {
        ids.put("tenant", tenant.id());
        ids.put("session", sessionOf(tenant.adminToken()));
        ids.put("rulePack", "EU");
        ids.put("region", created("/api/v1/regions", Map.of("code", "NORTH", "name", "North")));
        ids.put(
                "store",
                created(
                        "/api/v1/stores",
                        Map.of("code", "BER", "name", "Berlin", "country", "DE", "regionId", ids.get("region"))));
        ids.put("staff", tenant.createStaff(mfa, "clerk"));
        ids.put("team", created("/api/v1/teams", Map.of("name", "Floor", "storeId", ids.get("store"))));
        ids.put(
                "consentNotice",
                created(
                        "/api/v1/consent-notices",
                        Map.of(
                                "purpose",
                                "PROFILING",
                                "language",
                                "en",
                                "title",
                                "Profiles",
                                "text",
                                "What we learn")));
        ids.put("role", tenant.createRole(mfa, "Readers", "customer.read"));
        ids.put("tenantSlug", tenant.slug());
        ids.put("scimToken", created("/api/v1/scim/tokens", Map.of("name", "Probe provisioning")));
        ids.put("transferSafeguard", created("/api/v1/transfer-safeguards", ValidBodies.transferSafeguard()));
        ids.put("ssoProvider", created("/api/v1/sso/providers", ssoProviderBody()));
        ids.put(
                "ssoLink",
                created(
                        "/api/v1/sso/providers/" + ids.get("ssoProvider") + "/links",
                        Map.of("staffId", ids.get("staff"), "subject", "probe-subject")));
        ids.put(
                "webhook",
                as().body(Map.of(
                                "url",
                                "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/probe",
                                "description",
                                "Probe receiver",
                                "eventTypes",
                                List.of("grant.given")))
                        .post("/api/v1/webhooks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("endpoint.id"));
        ids.put("grant", tenant.grantTenantWide(mfa, ids.get("staff"), ids.get("role")));
        ids.put("webhookDelivery", deliveredOnce());
        ids.put(
                "customer",
                created(
                        "/api/v1/customers",
                        Map.of(
                                "storeId",
                                ids.get("store"),
                                "givenName",
                                "Ana",
                                "familyName",
                                "Lopez",
                                "country",
                                "DE")));
        ids.put(
                "breakGlass",
                created(
                        "/api/v1/break-glass",
                        Map.of("customerId", ids.get("customer"), "reason", "probe", "hours", 1)));
        var breach = as().body(breachOf(ids.get("customer")))
                .post("/api/v1/breaches")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        ids.put("breach", breach.getString("id"));
        ids.put("breachTask", breach.getString("tasks[0].id"));
        ids.put(
                "accessReview",
                created("/api/v1/access-reviews", Map.of("name", "Quarterly", "autoRevokeUnreviewed", false)));
        ids.put(
                "accessReviewItem",
                as().get("/api/v1/access-reviews/" + ids.get("accessReview") + "/items")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"));
        ids.put(
                "privacyRequest",
                created("/api/v1/privacy-requests", Map.of("customerId", ids.get("customer"), "type", "ACCESS")));
        String course = "C" + Tenants.uniqueSlug("x").replace("-", "");
        as().body(Map.of(
                        "code",
                        course,
                        "title",
                        "Handling data in China",
                        "version",
                        "2026.1",
                        "validityMonths",
                        12,
                        "jurisdictions",
                        List.of("CN"),
                        "requiredForPermissions",
                        List.of("customer.export"),
                        "quiz",
                        QuizIT.aQuiz(50, 1)))
                .post("/api/v1/training/courses")
                .then()
                .statusCode(201);
        ids.put("course", course);
        ids.put("courseVersion", "2026.1");
        ids.put(
                "courseDraft",
                as().body(Map.of("version", "2026.9", "requiresReacknowledgment", false))
                        .post("/api/v1/training/courses/" + course + "/drafts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("version"));
        ids.put(
                "quizAttempt",
                as().post("/api/v1/me/training/" + course + "/attempts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        ids.put(
                "assignment",
                created("/api/v1/training/assignments", Map.of("staffId", ids.get("staff"), "courseCode", course)));
        ids.put(
                "importJob",
                as().contentType("text/csv")
                        .body(("storeId,givenName,familyName,country\n" + ids.get("store") + ",Imported,Once,DE\n")
                                .getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/customers/import")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("jobId"));
        awaitJob(ids.get("importJob"));
        ids.put("approval", heldRetentionChange());
    }

    /**
     * An approval left pending: four eyes on (with a second approver) just long enough to hold a
     * retention change, then off again so that no other probe of this tenant is held.
     */
    private String heldRetentionChange() {
        String deputy = tenant.createStaff(mfa, "deputy");
        tenant.grantTenantWide(mfa, deputy, tenant.createRole(mfa, "Approvers", "tenant.manage"));
        fourEyes(true);
        String approval = as().body(Map.of("days", 400))
                .put("/api/v1/audit/retention")
                .then()
                .statusCode(202)
                .extract()
                .path("approvalId");
        fourEyes(false);
        return approval;
    }

    private void fourEyes(boolean enabled) {
        String etag = as().get("/api/v1/tenant-settings")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("fourEyes", Map.of("enabled", enabled, "actions", List.of("AUDIT_RETENTION"))))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200);
    }

    /** The import finished: its job no longer changes under the probes that compare it. */
    private void awaitJob(String job) {
        for (int tries = 0; tries < 100; tries++) {
            String status = as().get("/api/v1/jobs/" + job)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("status");
            if ("DONE".equals(status) || "FAILED".equals(status)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import job " + job + " did not finish in 10 s");
    }

    /** The {@code sid} claim of an access token. */
    private static String sessionOf(String accessToken) {
        String claims = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher sid =
                java.util.regex.Pattern.compile("\"sid\":\"([^\"]+)\"").matcher(claims);
        if (!sid.find()) {
            throw new AssertionError("no sid in " + claims);
        }
        return sid.group(1);
    }

    /** The object ids for a path template's parameters; fails naming what to add for a new kind. */
    Map<String, String> pathIds(ServedDocument.ServedOperation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] segments = operation.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            String kind = KIND_BY_PATH_SEGMENT.get(segments[i - 1] + "/" + segments[i]);
            if (kind == null || !ids.containsKey(kind)) {
                throw new AssertionError(
                        operation + ": no object for path parameter " + segments[i]
                                + ": add \"" + segments[i - 1] + "/" + segments[i]
                                + "\" to TenantObjects.KIND_BY_PATH_SEGMENT and create one such object in TenantObjects.create");
            }
            values.put(segments[i].substring(1, segments[i].length() - 1), ids.get(kind));
        }
        return values;
    }

    /**
     * A breach of one customer, discovered on a fixed past day: the same body every time, so that
     * racers sharing an Idempotency-Key send one request.
     */
    static Map<String, Object> breachOf(String customerId) {
        return Map.of(
                "title",
                "Probe breach",
                "description",
                "A lost till receipt roll",
                "discoveredAt",
                "2026-01-15T09:00:00Z",
                "dataCategories",
                List.of("contact"),
                "affected",
                Map.of("customerIds", List.of(customerId)));
    }

    /** A provider on the suite's real Keycloak: registering one reads the issuer's discovery document. */
    static Map<String, Object> ssoProviderBody() {
        return Map.of(
                "name",
                "Keycloak",
                "issuer",
                Keycloak.get().issuer(),
                "clientId",
                Keycloak.CLIENT_ID,
                "clientSecret",
                Keycloak.CLIENT_SECRET,
                "matchBy",
                "SUBJECT");
    }

    private String created(String path, Map<String, Object> body) {
        return as().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    /**
     * The grant's delivery, once delivered: a scheduler round runs it now (another instance's round
     * may hold it a moment, so a few rounds at most).
     */
    private String deliveredOnce() {
        for (int round = 0; round < 20; round++) {
            given().auth().oauth2(ItEnvironment.OPERATOR_TOKEN).post("/api/v1/platform/jobs/run-due");
            var delivery = as().get("/api/v1/webhooks/" + ids.get("webhook") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if ("DELIVERED".equals(delivery.getString("items[0].status"))) {
                return delivery.getString("items[0].id");
            }
        }
        throw new AssertionError("the probe webhook's delivery was not delivered");
    }

    private static HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RequestSpecification as() {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(mfa);
    }
}
