package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.custos.it.ServedDocument.ServedOperation;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
