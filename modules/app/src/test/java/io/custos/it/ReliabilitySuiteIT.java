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
class ReliabilitySuiteIT extends ItBase {

    /** Not JWTs of this server: random text, and an unsigned token claiming to be the tenant admin. */
    private static final Map<String, String> GARBAGE_TOKENS = Map.of(
            "garbage",
            "not-a-token-at-all",
            "unsigned JWT",
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiIsInRpZCI6InRlbmFudCJ9.");

    /** Operations the document leaves open on purpose, by operationId, with the reason. */
    private static final Map<String, String> OPEN_BY_DESIGN = Map.of(
            "logIn", "the way to a token: password login",
            "completeMfaLogin", "the way to a token: the second factor, authorised by the mfaToken in its body");

    @TestFactory
    Stream<DynamicTest> everySecuredOperationRefusesCallersWithoutAValidToken() {
        List<ServedOperation> probed = probed(
                "authentication",
                ServedDocument.operations(),
                "in all",
                operation -> true,
                operation -> operation.secured() ? null : OPEN_BY_DESIGN.get(operation.id()));
        return probed.stream()
                .flatMap(operation -> operation.secured()
                        ? Stream.concat(
                                Stream.of(DynamicTest.dynamicTest(
                                        operation + " without a token → 401",
                                        () -> unauthenticated(send(anonymous(), operation)))),
                                GARBAGE_TOKENS.entrySet().stream()
                                        .map(token -> DynamicTest.dynamicTest(
                                                operation + " with a " + token.getKey() + " bearer token → 401",
                                                () -> unauthenticated(
                                                        send(anonymous().auth().oauth2(token.getValue()), operation)))))
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
    private static final AtomicInteger HOSTILE_SENT = new AtomicInteger();
    private static final List<String> SERVER_ERRORS = new CopyOnWriteArrayList<>();

    /** The paths the document declares a GET on. */
    private Set<String> readable = Set.of();

    @TestFactory
    Stream<DynamicTest> malformedAndHostileInputIsRefusedAndChangesNothing() {
        List<ServedOperation> operations = ServedDocument.operations();
        List<ServedOperation> probed = probed(
                "hostile input",
                operations,
                "take a JSON body or an integer query parameter",
                operation -> operation.jsonBody().isPresent()
                        || !integerQueryParameters(operation).isEmpty(),
                operation -> HOSTILE_INPUT_EXCLUDED.get(operation.id()));
        readable = readablePaths(operations);
        TenantObjects own = TenantObjects.createdIn(tenants.onboard());
        HOSTILE_SENT.set(0);
        SERVER_ERRORS.clear();
        Stream<DynamicTest> probes = probed.stream().flatMap(operation -> hostileProbes(operation, own));
        return Stream.concat(probes, Stream.of(DynamicTest.dynamicTest("hostile requests: no 5xx", () -> {
            System.out.println("Reliability suite, hostile input: " + HOSTILE_SENT.get()
                    + " hostile requests sent, " + SERVER_ERRORS.size() + " answered 5xx "
                    + SERVER_ERRORS);
            assertThat(SERVER_ERRORS).as("hostile requests answered 5xx").isEmpty();
        })));
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
        HOSTILE_SENT.incrementAndGet();
        Response answer;
        try {
            if (body != null) {
                spec.body(body);
            }
            answer = spec.queryParams(query).pathParams(ids).request(method(operation), operation.path());
        } catch (AssertionError contractBroken) {
            if (contractBroken.getMessage() != null
                    && contractBroken.getMessage().matches("(?s).* → 5\\d\\d:.*")) {
                SERVER_ERRORS.add(operation.toString());
            }
            throw contractBroken;
        }
        if (answer.statusCode() >= 500) {
            SERVER_ERRORS.add(operation + " → " + answer.statusCode());
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

    /** What the GET of the operation's path (or else of its parent) shows the admin; null without one. */
    private String snapshot(ServedOperation operation, TenantObjects own, Map<String, String> ids) {
        String path = operation.path();
        for (int tries = 0; tries < 2 && path.lastIndexOf('/') > 0; tries++) {
            if (readable.contains(path)) {
                Response shown = as(own.mfa).pathParams(onlyIn(path, ids)).get(path);
                return shown.statusCode() + " " + shown.asString();
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
                    + " RulePackOverridesIT)");

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
     * while taking this picture append to it.
     */
    private static Map<String, String> objectsOf(TenantObjects owner, List<ServedOperation> reads) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (ServedOperation read : reads) {
            if (read.path().endsWith("/access-log")) {
                continue;
            }
            Response answer = as(owner.mfa).pathParams(owner.pathIds(read)).get(read.path());
            shown.put(read.toString(), answer.statusCode() + " " + answer.header("ETag") + " " + answer.asString());
        }
        return shown;
    }

    /** The operation with placeholder ids and an empty body of its declared media type. */
    private static Response send(RequestSpecification spec, ServedOperation operation) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters("path")) {
            ids.put(parameter.getName(), "probe");
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
            String reason = exclusion.apply(operation);
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
}
