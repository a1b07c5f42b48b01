package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.custos.it.ServedDocument.ServedOperation;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own reliability suite, generated from the served contract: every operation the
 * document names is probed, less a short reviewed list of exclusions printed with their reasons,
 * so a new endpoint is covered without anyone remembering it. Loopback only, bounded in requests.
 */
@org.junit.jupiter.api.extension.ExtendWith(Keycloak.Started.class)
class ReliabilitySuiteIT extends ItBase {

    /** Not JWTs of this server: random text, and an unsigned token claiming to be the tenant admin. */
    private static final Map<String, String> GARBAGE_TOKENS = Map.of(
            "garbage",
            "not-a-token-at-all",
            "unsigned JWT",
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiIsInRpZCI6InRlbmFudCJ9.");

    /**
     * Why the privacy centre's customer API is probed for authentication only: its callers are
     * customers in a session cookie, a realm of their own, for which the staff tokens these probes
     * send are no credential at all.
     */
    private static final String CUSTOMER_REALM = "the privacy centre's customers are a realm of their own (a session"
            + " cookie from a link or till code, never a staff token; the tenant named by the path): PrivacyCentreIT"
            + " drives every operation with customers' sessions, another tenant's and another customer's included";

    /** Operations the document leaves open on purpose, by operationId, with the reason. */
    private static final Map<String, String> OPEN_BY_DESIGN = Map.of(
            "logIn", "the way to a token: password login",
            "completeMfaLogin", "the way to a token: the second factor, authorised by the mfaToken in its body",
            "refreshAccessToken",
                    "the way to a new token: authorised by the HttpOnly refresh cookie alone (SessionsIT)",
            "listOfferedSsoProviders", "the sign-in screen's offer before anyone signs in: provider names only (SsoIT)",
            "startSsoSignIn", "the way to a token: a redirect to the tenant's OpenID Provider (SsoIT)",
            "finishSsoSignIn", "the way to a token: authorised by the single-use state and the provider's code (SsoIT)",
            "confirmConsent",
                    "a customer's double opt-in link from a mail: authorised by its random single-use, expiring token"
                            + " alone, customers have no token of Custos (DoubleOptInIT)",
            "redeemPrivacyCentreLink",
                    "a customer's way into the privacy centre: authorised by the link's token in its body, rate-limited"
                            + " (PrivacyCentreIT)",
            "redeemPrivacyCentreTillCode",
                    "a customer's way into the privacy centre: authorised by the till code and the customer's e-mail or"
                            + " phone in its body, rate-limited (PrivacyCentreIT)");

    @TestFactory
    Stream<DynamicTest> everySecuredOperationRefusesCallersWithoutAValidToken() {
        List<ServedOperation> probed = probed(
                "authentication",
                ServedDocument.operations(),
                "in all",
                operation -> true,
                operation -> operation.secured() ? null : OPEN_BY_DESIGN.get(operation.id()));
        // the privacy centre's paths name a tenant that exists, else its 404 would answer before authentication
        Map<String, String> known = Map.of("tenant", tenants.onboard().slug());
        return probed.stream()
                .flatMap(operation -> operation.secured()
                        ? Stream.concat(
                                Stream.of(DynamicTest.dynamicTest(
                                        operation + " without a token → 401",
                                        () -> unauthenticated(send(anonymous(), operation, known)))),
                                GARBAGE_TOKENS.entrySet().stream()
                                        .map(token -> DynamicTest.dynamicTest(
                                                operation + " with a " + token.getKey() + " bearer token → 401",
                                                () -> unauthenticated(send(
                                                        anonymous().auth().oauth2(token.getValue()),
                                                        operation,
                                                        known)))))
                        : Stream.of(DynamicTest.dynamicTest(operation + " is secured", () -> {
                            throw new AssertionError(
                                    operation + " declares no security: declare it in openapi/openapi.yaml,"
                                            + " or add it to ReliabilitySuiteIT.OPEN_BY_DESIGN with the reason it is open");
                        })));
    }

    /** Reviewed exclusions from the hostile-input probe, by operationId, with their reasons. */
    private static final Map<String, String> HOSTILE_INPUT_EXCLUDED = Map.of();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NESTING = 64;
    private static final Tally HOSTILE = new Tally("hostile input");

    /** The paths the document declares a GET on. */
    private Set<String> readable = Set.of();

    @TestFactory
    Stream<DynamicTest> malformedAndHostileInputIsRefusedAndChangesNothing() {
        List<ServedOperation> operations = ServedDocument.operations();
        List<ServedOperation> probed = probed(
                "hostile input",
                operations,
                "take a body or an integer query parameter",
                operation -> operation.bodyMediaType().isPresent()
                        || !integerQueryParameters(operation).isEmpty(),
                operation -> HOSTILE_INPUT_EXCLUDED.get(operation.id()));
        readable = readablePaths(operations);
        TenantObjects own = TenantObjects.createdIn(tenants.onboard());
        HOSTILE.restart();
        Stream<DynamicTest> probes = probed.stream().flatMap(operation -> hostileProbes(operation, own));
        return Stream.concat(
                probes, Stream.of(DynamicTest.dynamicTest("hostile requests: no 5xx", () -> HOSTILE.report(""))));
    }

    private Stream<DynamicTest> hostileProbes(ServedOperation operation, TenantObjects own) {
        List<DynamicTest> probes = new ArrayList<>();
        if (operation.jsonBody().isPresent()) {
            Map<String, Object> valid = ValidBodies.of(operation.id(), own);
            Map<String, byte[]> malformed = new LinkedHashMap<>();
            malformed.put("a JSON array body", json(List.of(valid)));
            malformed.put("a scalar body", json(42));
            List<String> required = Optional.ofNullable(
                            operation.jsonBody().get().getRequired())
                    .orElse(List.of());
            if (!required.isEmpty()) {
                malformed.put("an empty object (" + String.join(", ", required) + " required)", json(Map.of()));
            }
            malformed.put(NESTING + "-deep nesting", json(with(valid, firstProperty(operation), nested(NESTING))));
            malformed.put("invalid UTF-8", invalidUtf8(operation, valid));
            malformed.forEach((variant, body) -> probes.add(DynamicTest.dynamicTest(
                    operation + " with " + variant + " → 4xx", () -> hostile(operation, own, body, 0, null))));
            operation.bodyProperties().forEach((name, schema) -> wrongTypes(schema)
                    .forEach((variant, value) -> probes.add(DynamicTest.dynamicTest(
                            operation + " with " + name + " " + variant + " → 400",
                            () -> hostile(operation, own, json(with(valid, name, value)), 400, name)))));
        }
        if (operation.jsonBody().isEmpty() && operation.bodyMediaType().isPresent()) {
            textDocuments(operation.bodyMediaType().get())
                    .forEach((variant, body) -> probes.add(DynamicTest.dynamicTest(
                            operation + " with " + variant + " → 4xx", () -> hostile(operation, own, body, 0, null))));
        }
        byte[] acceptedBody = operation.jsonBody().isPresent()
                ? json(ValidBodies.of(operation.id(), own))
                : operation.bodyMediaType().isPresent()
                        ? "storeId,givenName,familyName,country\n".getBytes(StandardCharsets.UTF_8)
                        : null;
        for (Parameter parameter : integerQueryParameters(operation)) {
            probes.add(DynamicTest.dynamicTest(
                    operation + " with ?" + parameter.getName() + "=abc → 400",
                    () -> hostile(
                            operation,
                            own,
                            acceptedBody,
                            400,
                            parameter.getName(),
                            Map.of(parameter.getName(), "abc"))));
        }
        return probes.stream();
    }

    /** Malformed documents of a text body (tenant-config YAML, customer CSV): refused, never a 5xx. */
    private static Map<String, byte[]> textDocuments(String mediaType) {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("an empty body", new byte[0]);
        documents.put("invalid UTF-8", new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        documents.put("binary garbage", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, '\n'});
        if (mediaType.contains("yaml")) {
            documents.put("a YAML list where a mapping belongs", utf8("- regions\n- stores\n"));
            documents.put("a section of the wrong type", utf8("regions: 42\nstores: {a: b}\n"));
            documents.put("10 000-deep nesting", utf8("regions: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"));
            StringBuilder laughs =
                    new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (char c = 'b'; c <= 'j'; c++) {
                String previous = String.valueOf((char) (c - 1));
                laughs.append(c).append(": &").append(c).append(" [");
                laughs.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)));
                laughs.append("]\n");
            }
            documents.put("a billion laughs", utf8(laughs.toString()));
        } else {
            documents.put("a CSV without the expected columns", utf8("foo,bar\n1,2\n"));
            documents.put("a CSV with an unbalanced quote", utf8("storeId,givenName,familyName,country\n\"x,y,z,DE\n"));
        }
        return documents;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void hostile(ServedOperation operation, TenantObjects own, byte[] body, int status, String field) {
        hostile(operation, own, body, status, field, Map.of());
    }

    /**
     * Sends one hostile request as the tenant's MFA admin (the operator under /platform/) on its
     * real objects: a 4xx problem (the given status, naming the field, when given) in words for API
     * users, and what the path shows before is what it shows after.
     */
    private void hostile(
            ServedOperation operation,
            TenantObjects own,
            byte[] body,
            int status,
            String field,
            Map<String, String> query) {
        Map<String, String> ids = own.pathIds(operation);
        String before = snapshot(operation, own, ids);
        RequestSpecification spec = operation.path().startsWith("/api/v1/platform/") ? operator() : as(own.mfa);
        spec.accept(operation.answerMediaType());
        operation.bodyMediaType().ifPresent(type -> spec.contentType(type + "; charset=UTF-8"));
        ifMatch(operation, own.mfa, ids).ifPresent(etag -> spec.header("If-Match", etag));
        HOSTILE.sent(1);
        Response answer;
        try {
            if (body != null) {
                spec.body(body);
            }
            answer = spec.queryParams(query).pathParams(ids).request(method(operation), operation.path());
        } catch (AssertionError contractBroken) {
            if (contractBroken.getMessage() != null
                    && contractBroken.getMessage().matches("(?s).* → 5\\d\\d:.*")) {
                HOSTILE.serverError(operation.toString());
            }
            throw contractBroken;
        }
        if (answer.statusCode() >= 500) {
            HOSTILE.serverError(operation + " → " + answer.statusCode());
        }
        assertThat(answer.statusCode()).as(operation + ": a client error").isBetween(400, 499);
        if (status != 0) {
            assertThat(answer.statusCode()).as(operation + ": the status").isEqualTo(status);
        }
        answer.then().contentType(startsWith("application/problem+json"));
        if (field != null) {
            answer.then().body("errors.field", hasItem(field));
        }
        assertThat(answer.asString())
                .as("a problem in words for API users")
                .doesNotContain("Exception", "jakarta.", "java.", "io.custos");
        assertThat(snapshot(operation, own, ids))
                .as(operation + ": what GET shows of its path, before and after")
                .isEqualTo(before);
    }

    /**
     * What the GET of the operation's path (or else of its parent) shows the admin (the operator under
     * /platform/), less request ids; null without one.
     */
    private String snapshot(ServedOperation operation, TenantObjects own, Map<String, String> ids) {
        String path = operation.path();
        for (int tries = 0; tries < 2 && path.lastIndexOf('/') > 0; tries++) {
            if (readable.contains(path)) {
                RequestSpecification reader = path.startsWith("/api/v1/platform/") ? operator() : as(own.mfa);
                Response shown = reader.pathParams(onlyIn(path, ids)).get(path);
                return withoutRequestIds(shown.statusCode() + " " + shown.asString());
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return null;
    }

    private static Map<String, String> onlyIn(String path, Map<String, String> ids) {
        Map<String, String> used = new LinkedHashMap<>();
        ids.forEach((name, value) -> {
            if (path.contains("{" + name + "}")) {
                used.put(name, value);
            }
        });
        return used;
    }

    /** The current ETag of the object, for operations that take If-Match (else 428 would answer first). */
    private static Optional<String> ifMatch(ServedOperation operation, String token, Map<String, String> ids) {
        boolean takesIfMatch = operation.parameters("header").stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
        if (!takesIfMatch) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                as(token).pathParams(ids).get(operation.path()).header("ETag"));
    }

    private static Set<String> readablePaths(List<ServedOperation> operations) {
        return operations.stream()
                .filter(operation -> operation.method() == PathItem.HttpMethod.GET)
                .map(ServedOperation::path)
                .collect(Collectors.toSet());
    }

    private static List<Parameter> integerQueryParameters(ServedOperation operation) {
        return operation.parameters("query").stream()
                .filter(parameter -> parameter.getSchema() != null
                        && "integer".equals(parameter.getSchema().getType()))
                .toList();
    }

    /** Values of the wrong JSON type for a declared property, by what they are. */
    private static Map<String, Object> wrongTypes(Schema<?> schema) {
        Map<String, Object> wrong = new LinkedHashMap<>();
        String type = schema.getType();
        if (type == null) {
            return wrong; // anyOf and the like: more than one type is right
        }
        switch (type) {
            case "string" -> {
                wrong.put("a number", 12345);
                if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                    wrong.put("an unknown enum value", "NOT_A_VALUE");
                }
            }
            case "integer", "number", "boolean" -> wrong.put("a string", "abc");
            case "array" -> wrong.put("an object", Map.of("a", 1));
            case "object" -> wrong.put("an array", List.of("a"));
            default -> {}
        }
        return wrong;
    }

    private static String firstProperty(ServedOperation operation) {
        return operation.bodyProperties().keySet().stream().findFirst().orElse("probe");
    }

    private static Object nested(int depth) {
        Object value = "deep";
        for (int i = 0; i < depth; i++) {
            value = Map.of("a", value);
        }
        return value;
    }

    /** The valid body with one string property "Müller" in ISO-8859-1: the ü is not UTF-8. */
    private static byte[] invalidUtf8(ServedOperation operation, Map<String, Object> valid) {
        String name = operation.bodyProperties().entrySet().stream()
                .filter(property -> "string".equals(property.getValue().getType()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("note");
        try {
            return JSON.writeValueAsString(with(valid, name, "Müller")).getBytes(StandardCharsets.ISO_8859_1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(name, value);
        return changed;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method method(ServedOperation operation) {
        return Method.valueOf(operation.method().name());
    }

    /** Reviewed exclusions from the isolation probe, by path prefix, with their reasons. */
    private static final Map<String, String> ISOLATION_EXCLUDED = Map.of(
            "/api/v1/platform/",
            "operator-only: the operator token reaches every tenant by design, a tenant token none",
            "/api/v1/rule-packs/{code}",
            "global objects: rule packs are the same for every tenant (overrides are checked per tenant by"
                    + " RulePackOverridesIT)",
            "/api/v1/auth/sso/{tenant}/",
            "public sign-in start: the tenant is named in the path, no token counts (SsoIT refuses another"
                    + " tenant's provider)",
            "/api/v1/consent-confirmations/",
            "public double opt-in link: the tenant is named in the path, no token counts (DoubleOptInIT refuses"
                    + " another tenant's link and a staff token of another tenant)",
            "/privacy/",
            CUSTOMER_REALM);

    @TestFactory
    Stream<DynamicTest> anotherTenantsObjectsAreNotFoundByAnyOperation() {
        List<ServedOperation> probed = probed(
                "isolation",
                ServedDocument.operations(),
                "take a path parameter",
                operation -> !operation.parameters("path").isEmpty(),
                operation -> ISOLATION_EXCLUDED.entrySet().stream()
                        .filter(exclusion -> operation.path().startsWith(exclusion.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null));
        TenantObjects a = TenantObjects.createdIn(tenants.onboard());
        TenantObjects b = TenantObjects.createdIn(tenants.onboard());
        List<ServedOperation> reads = probed.stream()
                .filter(operation -> operation.method() == PathItem.HttpMethod.GET)
                .toList();
        Map<String, String> before = objectsOf(a, reads);
        return Stream.concat(
                probed.stream()
                        .map(operation -> DynamicTest.dynamicTest(
                                operation + " by another tenant's admin with this tenant's ids → 404",
                                () -> notFoundForAnotherTenant(operation, a, b))),
                Stream.of(DynamicTest.dynamicTest(
                        "the tenant's objects are unchanged afterwards",
                        () -> assertThat(objectsOf(a, reads)).isEqualTo(before))));
    }

    private static void notFoundForAnotherTenant(ServedOperation operation, TenantObjects owner, TenantObjects other) {
        Map<String, String> ids = owner.pathIds(operation);
        RequestSpecification spec = as(other.mfa).accept(operation.answerMediaType());
        if (operation.bodyMediaType().isPresent()) {
            assertThat(operation.jsonBody())
                    .as(operation + ": only JSON bodies are known to this probe; add the media type's body here")
                    .isPresent();
            spec.body(ValidBodies.of(operation.id(), other));
        }
        ifMatch(operation, owner.mfa, ids).ifPresent(etag -> spec.header("If-Match", etag));
        spec.pathParams(ids)
                .request(method(operation), operation.path())
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    /**
     * What the owner's reads of its own objects show. Not the access log: the owner's own reads
     * while taking this picture append to it; nor an access request's archive download, which is
     * counted on the request (and answers the unfulfilled probe request with a problem of its own id).
     */
    private static Map<String, String> objectsOf(TenantObjects owner, List<ServedOperation> reads) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (ServedOperation read : reads) {
            if (read.path().endsWith("/access-log") || read.path().endsWith("/archive")) {
                continue;
            }
            Response answer = as(owner.mfa).pathParams(owner.pathIds(read)).get(read.path());
            shown.put(read.toString(), answer.statusCode() + " " + answer.header("ETag") + " " + answer.asString());
        }
        return shown;
    }

    /** Reviewed exclusions from the race probe, by operationId, with their reasons. */
    private static final Map<String, String> RACE_EXCLUDED = Map.ofEntries(
            Map.entry("onboardTenant", "operator-only and global: raced by OnboardingRushIT"),
            Map.entry(
                    "logIn",
                    "issues a token, changes no object (only the login throttle; lockout, sequential: LockoutIT)"),
            Map.entry("completeMfaLogin", "issues a token, changes no object"),
            Map.entry(
                    "createScimToken",
                    "answers a new secret each time by design: replaying a stored answer would keep the secret in"
                            + " the database (ScimIT)"),
            Map.entry(
                    "rotateScimToken",
                    "answers a new secret each time by design: replaying a stored answer would keep the secret in"
                            + " the database (ScimIT)"),
            Map.entry(
                    "logOut",
                    "ends the caller's own session: racing it would end the suite's MFA admin's (logout: SessionsIT)"),
            Map.entry(
                    "startTotpEnrolment",
                    "the caller's own second factor: racing it would unsettle the suite's MFA admin"),
            Map.entry(
                    "confirmTotpEnrolment",
                    "the caller's own second factor: racing it would unsettle the suite's MFA admin"),
            Map.entry(
                    "stepUp",
                    "the caller's own second factor: wrong codes would count towards the suite's MFA admin's lockout"
                            + " (step-up: SessionsIT)"),
            Map.entry("countSegment", "a read by POST: changes nothing"),
            Map.entry("exportSegment", "a read by POST: changes nothing"),
            Map.entry("querySegment", "a read by POST: changes nothing"),
            Map.entry("aggregateCustomers", "a read by POST: changes nothing"),
            Map.entry(
                    "createTeam",
                    "creates without an Idempotency-Key: each call makes a team by design (names need not be unique)"),
            Map.entry(
                    "importCustomers", "creates without an Idempotency-Key: each call starts an import job by design"),
            Map.entry(
                    "createWebhook",
                    "creates without an Idempotency-Key: its answer holds the secret, never stored for a replay"
                            + " (each call registers an endpoint by design)"),
            Map.entry(
                    "rotateWebhookSecret",
                    "each call makes a new secret by design: no one-call state to converge to (rotation: WebhooksIT)"),
            Map.entry(
                    "redeliverWebhook",
                    "each call queues the delivery again by design, and the scheduler's rounds change its log"
                            + " meanwhile (redelivery: WebhooksIT)"),
            Map.entry(
                    "signAuditCheckpoint",
                    "each call signs a new checkpoint by design: no one-call state to converge to"),
            Map.entry(
                    "purgeAuditTrail",
                    "the audit trail grows with every request, so it is no state to compare (purging: AuditIT)"),
            Map.entry(
                    "applyTenantConfig",
                    "a YAML body, not a reviewed JSON one: not raced, a gap (applied twice in sequence: TenantConfigIT)"));

    private static final int RACERS = 6;

    /** Actions after which the other actions on their object can only answer 409 or 404 (reviewed). */
    private static final Set<String> ENDS_THE_OBJECT =
            Set.of("closeAccessReview", "fulfilPrivacyRequest", "offboardStaff", "deleteCustomer");

    /** The paths whose GET takes {@code ?limit=}. */
    private Set<String> pagedPaths = Set.of();

    private static final AtomicInteger RACES_RUN = new AtomicInteger();
    private static final Tally RACES = new Tally("races");

    @TestFactory
    Stream<DynamicTest> concurrentCallsOfEveryStateChangingOperationConverge() {
        List<ServedOperation> operations = ServedDocument.operations();
        List<ServedOperation> raced = probed(
                "races",
                operations,
                "change state (not GET)",
                operation -> operation.method() != PathItem.HttpMethod.GET,
                operation -> RACE_EXCLUDED.get(operation.id()));
        readable = readablePaths(operations);
        pagedPaths = operations.stream()
                .filter(operation -> operation.method() == PathItem.HttpMethod.GET
                        && operation.parameters("query").stream().anyMatch(p -> "limit".equals(p.getName())))
                .map(ServedOperation::path)
                .collect(Collectors.toSet());
        TenantObjects own = TenantObjects.createdIn(tenants.onboard());
        RACES_RUN.set(0);
        RACES.restart();
        List<ServedOperation> keyed =
                raced.stream().filter(o -> takes(o, "Idempotency-Key")).toList();
        List<ServedOperation> matched = raced.stream()
                .filter(o -> !takes(o, "Idempotency-Key") && takes(o, "If-Match"))
                .toList();
        List<ServedOperation> others = raced.stream()
                .filter(o -> !takes(o, "Idempotency-Key") && !takes(o, "If-Match"))
                // Actions that end an object's life last: an item is decided before its review
                // closes, a grant revoked before its holder is offboarded, a request extended
                // before it is fulfilled; deletions after all (a deleted customer's requests are gone).
                .sorted(java.util.Comparator.comparingInt(
                        o -> o.method() == PathItem.HttpMethod.DELETE ? 2 : ENDS_THE_OBJECT.contains(o.id()) ? 1 : 0))
                .toList();
        return Stream.of(
                        keyed.stream()
                                .map(o -> DynamicTest.dynamicTest(
                                        o + ": " + RACERS + " clients, one Idempotency-Key → one object",
                                        () -> raceOneKey(o, own))),
                        matched.stream()
                                .map(o -> DynamicTest.dynamicTest(
                                        o + ": " + RACERS + " clients, one If-Match → one 2xx, the others 412",
                                        () -> raceOneVersion(o, own))),
                        others.stream()
                                .map(o -> DynamicTest.dynamicTest(
                                        o + ": " + RACERS + " clients at once → the state one call leaves",
                                        () -> raceAction(o, own))),
                        Stream.of(DynamicTest.dynamicTest(
                                "races: no 5xx", () -> RACES.report(RACES_RUN.get() + " operations raced, "))))
                .flatMap(Function.identity());
    }

    private static boolean takes(ServedOperation operation, String header) {
        return operation.parameters("header").stream().anyMatch(p -> header.equalsIgnoreCase(p.getName()));
    }

    /** One request of a race as the tenant's MFA admin, on its objects. */
    private static Response raced(
            ServedOperation operation, TenantObjects own, Map<String, String> ids, Map<String, String> headers) {
        RequestSpecification spec = as(own.mfa).accept(operation.answerMediaType());
        if (operation.jsonBody().isPresent()) {
            spec.body(ValidBodies.of(operation.id(), own));
        } else if (operation.bodyMediaType().isPresent()) {
            throw new AssertionError(operation + ": only JSON bodies are known to the race probe");
        }
        spec.headers(headers);
        return spec.pathParams(ids).request(method(operation), operation.path());
    }

    private static Race.Answers race(
            ServedOperation operation, TenantObjects own, Map<String, String> ids, Map<String, String> headers) {
        RACES_RUN.incrementAndGet();
        RACES.sent(RACERS);
        Race.Answers answers = Race.run(RACERS, i -> raced(operation, own, ids, headers));
        System.out.println("  raced " + operation + ": " + answers.statuses());
        answers.all().stream()
                .filter(a -> a.status() >= 500 || a.status() < 0)
                .forEach(a -> RACES.serverError(operation + " → " + a.status()));
        assertThat(answers.statuses().keySet())
                .as(operation + ": answers by status " + answers.statuses())
                .allMatch(status -> status >= 200 && status < 500);
        assertThat(answers.all())
                .as(operation + ": answers the contract does not declare")
                .allSatisfy(a -> assertThat(a.contractDisagreement()).isNull());
        return answers;
    }

    /**
     * The same key and body from every client at once: each answer is the settled one (what a
     * later retry with the key answers: status and id) or 409 in progress with Retry-After, and
     * one object was made at most.
     */
    private void raceOneKey(ServedOperation operation, TenantObjects own) {
        Map<String, String> ids = own.pathIds(operation);
        Integer before = count(operation, own, ids);
        Map<String, String> key =
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString());
        Race.Answers answers = race(operation, own, ids, key);
        RACES.sent(1);
        Response settled = raced(operation, own, ids, key);
        System.out.println("  settled " + operation + ": " + settled.statusCode()
                + (settled.statusCode() < 300 ? "" : " " + settled.asString()));
        String settledId = settled.statusCode() < 300 ? settled.path("id") : null;
        assertThat(answers.all())
                .as(operation + ": every answer is the settled " + settled.statusCode() + " (id " + settledId
                        + ") or 409 in progress with Retry-After; answers " + answers.statuses())
                .allSatisfy(a -> {
                    if (a.status() == settled.statusCode()
                            && (settledId == null || settledId.equals(a.json().getString("id")))) {
                        return;
                    }
                    assertThat(a.status()).as(a.body()).isEqualTo(409);
                    assertThat(a.header("Retry-After"))
                            .as("Retry-After of " + a.body())
                            .isNotNull();
                });
        Integer after = count(operation, own, ids);
        if (before != null) {
            assertThat(after)
                    .as(operation + ": objects listed before and after the race")
                    .isEqualTo(before + (settled.statusCode() < 300 ? 1 : 0));
        }
        if (settledId != null && settled.header("Location") != null) {
            as(own.mfa)
                    .get(java.net.URI.create(settled.header("Location")).getPath())
                    .then()
                    .statusCode(200);
        }
    }

    /** A snapshot less the request ids of problems (each answer has its own). */
    private static String withoutRequestIds(String snapshot) {
        return snapshot == null ? null : snapshot.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"…\"");
    }

    /** How many objects the GET of the operation's path lists ({@code items}, else {@code history}); null without one. */
    private Integer count(ServedOperation operation, TenantObjects own, Map<String, String> ids) {
        if (!readable.contains(operation.path())) {
            return null;
        }
        RequestSpecification spec = as(own.mfa).pathParams(ids);
        if (pagedPaths.contains(operation.path())) {
            spec.queryParam("limit", 500);
        }
        Response list = spec.get(operation.path());
        List<Object> items = list.path("items");
        if (items == null) {
            items = list.path("history");
        }
        return items == null ? null : items.size();
    }

    /** The current ETag from every client at once: exactly one 2xx, the others 412 (or 409). */
    private void raceOneVersion(ServedOperation operation, TenantObjects own) {
        Map<String, String> ids = own.pathIds(operation);
        String etag = ifMatch(operation, own.mfa, ids).orElseThrow(() -> new AssertionError(operation + ": no ETag"));
        Race.Answers answers = race(operation, own, ids, Map.of("If-Match", etag));
        assertThat(answers.count(a -> a.status() >= 200 && a.status() < 300))
                .as(operation + ": one 2xx, answers " + answers.statuses() + ", as "
                        + answers.all().stream()
                                .map(Race.Answer::body)
                                .distinct()
                                .toList())
                .isEqualTo(1);
        assertThat(answers.count(a -> a.status() == 412 || a.status() == 409))
                .as(operation + ": the others 412 or 409, answers " + answers.statuses())
                .isEqualTo(RACERS - 1);
    }

    /**
     * Every client at once: no 5xx, every answer declared, and one more call afterwards changes
     * nothing that a GET shows (the race left what one call leaves).
     */
    private void raceAction(ServedOperation operation, TenantObjects own) {
        Map<String, String> ids = own.pathIds(operation);
        race(operation, own, ids, Map.of());
        String after = snapshot(operation, own, ids);
        RACES.sent(1);
        int again = raced(operation, own, ids, Map.of()).statusCode();
        assertThat(again).as(operation + ": one more call").isLessThan(500);
        assertThat(snapshot(operation, own, ids))
                .as(operation + ": what GET shows after the race, and after one more call")
                .isEqualTo(after);
    }

    /** The kind of object (a TenantObjects kind) an id-named query parameter or body property takes. */
    private static final Map<String, String> KIND_BY_ID_NAME = Map.ofEntries(
            Map.entry("actorId", "staff"),
            Map.entry("customerId", "customer"),
            Map.entry("fromStaffId", "staff"),
            Map.entry("grantIds", "grant"),
            Map.entry("homeStoreId", "store"),
            Map.entry("managerId", "staff"),
            Map.entry("noticeId", "consentNotice"),
            Map.entry("ownerId", "staff"),
            Map.entry("regionId", "region"),
            Map.entry("roleId", "role"),
            Map.entry("staffId", "staff"),
            Map.entry("staffIds", "staff"),
            Map.entry("storeId", "store"),
            Map.entry("teamId", "team"),
            Map.entry("toStaffId", "staff"));

    /** Values for required query parameters that name no object, by name (reviewed). */
    private static final Map<String, String> REQUIRED_QUERY_VALUES = Map.of("action", "customer.read");

    /** Reviewed exclusions from the probe of ids outside the path, as "operationId name", with their reasons. */
    private static final Map<String, String> ID_ISOLATION_EXCLUDED =
            Map.of("createSsoProvider clientId", "the client's id at the OpenID Provider, not an object of Custos");

    private static final Tally IDS = new Tally("isolation of ids outside the path");

    @TestFactory
    Stream<DynamicTest> anotherTenantsIdsOutsideThePathAreNotFound() {
        List<ServedOperation> operations = ServedDocument.operations();
        List<ServedOperation> probed = probed(
                "isolation of ids outside the path",
                operations,
                "take a query parameter or body property named *Id or *Ids",
                operation -> !idNames(operation).isEmpty(),
                operation -> ISOLATION_EXCLUDED.entrySet().stream()
                        .filter(exclusion -> operation.path().startsWith(exclusion.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null));
        TenantObjects a = TenantObjects.createdIn(tenants.onboard());
        TenantObjects b = TenantObjects.createdIn(tenants.onboard());
        List<ServedOperation> reads = operations.stream()
                .filter(operation -> operation.method() == PathItem.HttpMethod.GET
                        && !operation.parameters("path").isEmpty()
                        && !operation.path().startsWith("/scim/v2/")
                        && ISOLATION_EXCLUDED.keySet().stream().noneMatch(operation.path()::startsWith))
                .toList();
        Map<String, String> before = objectsOf(a, reads);
        IDS.restart();
        List<String> excluded = new ArrayList<>();
        Stream<DynamicTest> probes = probed.stream()
                .flatMap(operation -> idNames(operation).entrySet().stream().flatMap(id -> {
                    String reason = ID_ISOLATION_EXCLUDED.get(operation.id() + " " + id.getKey());
                    if (reason != null) {
                        excluded.add(operation.id() + " " + id.getKey() + ": " + reason);
                        return Stream.empty();
                    }
                    return Stream.of(DynamicTest.dynamicTest(
                            operation + " with another tenant's " + id.getKey() + " in the " + id.getValue()
                                    + " → 404, 400 or 422, or an empty page",
                            () -> anotherTenantsId(operation, id.getKey(), id.getValue(), a, b)));
                }));
        return Stream.concat(
                probes,
                Stream.of(
                        DynamicTest.dynamicTest("ids outside the path: no 5xx, the tenant's objects unchanged", () -> {
                            IDS.report(excluded.isEmpty() ? "" : "excluded: " + excluded + ", ");
                            assertThat(objectsOf(a, reads)).isEqualTo(before);
                        })));
    }

    /** The id-named query parameters ("query") and JSON body properties ("body") of the operation. */
    private static Map<String, String> idNames(ServedOperation operation) {
        Map<String, String> names = new LinkedHashMap<>();
        operation.parameters("query").stream()
                .map(Parameter::getName)
                .filter(ReliabilitySuiteIT::namesAnId)
                .forEach(name -> names.put(name, "query"));
        operation.bodyProperties().keySet().stream()
                .filter(ReliabilitySuiteIT::namesAnId)
                .forEach(name -> names.put(name, "body"));
        return names;
    }

    private static boolean namesAnId(String name) {
        return name.endsWith("Id") || name.endsWith("Ids");
    }

    /** The owner's real object id for an id name; fails naming what to add for an unknown name. */
    private static String idOf(String name, TenantObjects owner) {
        String kind = KIND_BY_ID_NAME.get(name);
        if (kind == null || !owner.ids.containsKey(kind)) {
            throw new AssertionError("no object kind for the id name " + name + ": add it to"
                    + " ReliabilitySuiteIT.KIND_BY_ID_NAME with the TenantObjects kind it takes");
        }
        return owner.ids.get(kind);
    }

    /**
     * Tenant B's admin sends the operation on its own objects, with tenant A's real id in one
     * place: a 404, 400 or 422 problem, or for a list an empty page; never A's data, never 5xx.
     */
    private static void anotherTenantsId(
            ServedOperation operation, String name, String where, TenantObjects owner, TenantObjects other) {
        String foreign = idOf(name, owner);
        Map<String, String> ids = other.pathIds(operation);
        RequestSpecification spec = as(other.mfa).accept(operation.answerMediaType());
        for (Parameter parameter : operation.parameters("query")) {
            if (!Boolean.TRUE.equals(parameter.getRequired())
                    || parameter.getName().equals(name)) {
                continue;
            }
            String value = namesAnId(parameter.getName())
                    ? idOf(parameter.getName(), other)
                    : REQUIRED_QUERY_VALUES.get(parameter.getName());
            if (value == null) {
                throw new AssertionError(operation + ": no value for the required query parameter "
                        + parameter.getName() + ": add one to ReliabilitySuiteIT.REQUIRED_QUERY_VALUES");
            }
            spec.queryParam(parameter.getName(), value);
        }
        if (where.equals("query")) {
            spec.queryParam(name, foreign);
        }
        if (operation.jsonBody().isPresent()) {
            Map<String, Object> body = ValidBodies.of(operation.id(), other);
            if (where.equals("body")) {
                body = with(body, name, name.endsWith("Ids") ? List.of(foreign) : foreign);
            }
            spec.body(body);
        }
        ifMatch(operation, other.mfa, ids).ifPresent(etag -> spec.header("If-Match", etag));
        IDS.sent(1);
        Race.Answer answer = Race.Answer.of(() -> spec.pathParams(ids).request(method(operation), operation.path()));
        System.out.println("  id probe " + operation + " " + name + ": " + answer.status() + " "
                + (answer.status() < 300 ? "" : answer.body().replaceAll(",\"requestId\".*", "")));
        if (answer.status() >= 500 || answer.status() < 0) {
            IDS.serverError(operation + " " + name + " → " + answer.status());
        }
        assertThat(answer.contractDisagreement())
                .as(operation + ": an answer the contract declares")
                .isNull();
        if (answer.status() >= 200 && answer.status() < 300) {
            List<Object> items = answer.json().getList("items");
            assertThat(items)
                    .as(operation + " with another tenant's " + name + ": a 2xx only as an empty page, got "
                            + answer.status() + " " + answer.body())
                    .isNotNull()
                    .isEmpty();
            assertThat(operation.method())
                    .as(operation + ": a 2xx only for a read")
                    .isEqualTo(PathItem.HttpMethod.GET);
            return;
        }
        assertThat(answer.status())
                .as(operation + " with another tenant's " + name + ": " + answer.body())
                .isIn(404, 400, 422);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    /** The operation with placeholder ids and an empty body of its declared media type. */
    /** Sends the operation with {@code known} path values, and "probe" for the others. */
    private static Response send(RequestSpecification spec, ServedOperation operation, Map<String, String> known) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters("path")) {
            ids.put(parameter.getName(), known.getOrDefault(parameter.getName(), "probe"));
        }
        spec.accept(operation.answerMediaType());
        operation.bodyMediaType().ifPresent(type -> {
            spec.contentType(type);
            spec.body(type.contains("json") ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0]);
        });
        return spec.pathParams(ids).request(Method.valueOf(operation.method().name()), operation.path());
    }

    private static void unauthenticated(Response answer) {
        answer.then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
    }

    /**
     * The operations a part probes: those of the document it applies to, less its reviewed
     * exclusions ({@code exclusion} answers the reason, or null). Prints the figures and each
     * exclusion with its reason.
     */
    /** Why the SCIM endpoints are left to ScimIT: WAVE2 puts them outside the REST API's rules. */
    private static final String SCIM_PROTOCOL = "SCIM is its own protocol (SCIM errors, a SCIM token, PATCH without"
            + " If-Match): ScimIT drives every operation through UnboundID's SCIM client, another tenant's token included";

    private static List<ServedOperation> probed(
            String part,
            List<ServedOperation> operations,
            String appliesTo,
            Predicate<ServedOperation> applies,
            Function<ServedOperation, String> exclusion) {
        assertThat(operations).as("the served document's operations").isNotEmpty();
        List<ServedOperation> applicable = operations.stream().filter(applies).toList();
        List<ServedOperation> probed = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (ServedOperation operation : applicable) {
            String reason = operation.path().startsWith("/scim/v2/")
                    ? SCIM_PROTOCOL
                    : operation.path().startsWith("/privacy/") && !part.equals("authentication")
                            ? CUSTOMER_REALM
                            : exclusion.apply(operation);
            if (reason == null) {
                probed.add(operation);
            } else {
                excluded.add("  - " + operation + ": " + reason);
            }
        }
        System.out.println("Reliability suite, " + part + ": " + operations.size()
                + " operations in the served document, " + applicable.size() + " " + appliesTo + ", "
                + probed.size() + " probed, " + excluded.size() + " excluded" + (excluded.isEmpty() ? "" : ":")
                + excluded.stream().map(line -> System.lineSeparator() + line).collect(Collectors.joining()));
        return probed;
    }

    /** What one part of the suite sent, and which of its requests the server answered with a 5xx. */
    private static final class Tally {
        private final String part;
        private final AtomicInteger sent = new AtomicInteger();
        private final List<String> serverErrors = new CopyOnWriteArrayList<>();

        Tally(String part) {
            this.part = part;
        }

        void restart() {
            sent.set(0);
            serverErrors.clear();
        }

        void sent(int requests) {
            sent.addAndGet(requests);
        }

        void serverError(String what) {
            serverErrors.add(what);
        }

        /** Prints the part's figures and fails on any 5xx. */
        void report(String figures) {
            System.out.println("Reliability suite, " + part + ": " + figures + sent.get() + " requests sent, "
                    + serverErrors.size() + " answered 5xx " + serverErrors);
            assertThat(serverErrors).as(part + ": requests answered 5xx").isEmpty();
        }
    }
}
