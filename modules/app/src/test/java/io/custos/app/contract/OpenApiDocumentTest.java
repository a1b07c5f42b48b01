package io.custos.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract, {@code openapi/openapi.yaml}, is valid OpenAPI by the specification and by our
 * rules, and names exactly the operations and parameters the resources serve. (OpenApiIT holds
 * it equal to what the server serves; the ITs check every answer against it.)
 */
class OpenApiDocumentTest {

    private static final Path CONTRACT = Path.of("../../openapi/openapi.yaml");

    @Test
    void theContractIsValidOpenApiAndFollowsOurRules() throws IOException {
        assertThat(ContractCheck.problems(contract())).isEmpty();
    }

    @Test
    void theCheckRefusesDocumentsBrokenOnPurpose() throws IOException {
        String valid = contract();
        Map<String, String> broken = Map.of(
                "a repeated operationId", valid.replaceFirst("operationId: listGrants", "operationId: getGrant"),
                "an untyped success answer",
                        valid.replaceFirst(
                                "(?s)(operationId: getGrant.*?'200':\\n(\\s+)description: [^\\n]*\\n)\\s+content:\\n\\s+application/json:\\n\\s+schema:\\n\\s+\\$ref: [^\\n]*\\n",
                                "$1"),
                "a tag declared twice",
                        valid.replaceFirst("tags:\\n", "tags:\\n- name: Grants\\n  description: again\\n"),
                "an unused schema",
                        valid.replaceFirst("  schemas:\\n", "  schemas:\\n    Orphan:\\n      type: object\\n"),
                "a top-level member OpenAPI does not define", valid + "endpoints:\n  /: [/api/v1/grants]\n",
                "a parameter in no place OpenAPI knows", valid.replaceFirst("in: query", "in: querystring"),
                "a reference to no schema", valid.replaceFirst("schemas/GrantView'", "schemas/GrantVeiw'"));
        broken.forEach((what, document) -> {
            assertThat(document).as(what + " (the test's edit applies)").isNotEqualTo(valid);
            assertThat(ContractCheck.problems(document)).as(what).isNotEmpty();
        });
    }

    @Test
    void everyServedOperationIsInTheContractAndNothingElse() throws IOException {
        Set<String> documented = new TreeSet<>(
                documentedOperations(ContractCheck.parse(contract())).keySet());
        Set<String> served = ResourceMethods.all().stream()
                .map(ResourceMethods.Served::operation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).as("the resources serve operations").isNotEmpty();
        assertThat(documented).as("operations in openapi/openapi.yaml").isEqualTo(served);
    }

    @Test
    void everyParameterAResourceReadsIsDocumentedAndNoOther() throws IOException {
        Map<String, Operation> documented = documentedOperations(ContractCheck.parse(contract()));
        List<String> mismatches = new ArrayList<>();
        for (ResourceMethods.Served served : ResourceMethods.all()) {
            Operation operation = documented.get(served.operation());
            if (operation == null) {
                continue; // reported by the test above
            }
            Set<String> inDocument = new TreeSet<>();
            for (Parameter parameter : ContractCheck.orEmpty(operation.getParameters())) {
                inDocument.add(parameter.getIn() + ":" + parameter.getName());
            }
            if (!inDocument.equals(served.parameters())) {
                mismatches.add(
                        served.javaMethod() + " reads " + served.parameters() + ", the contract says " + inDocument);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * Operations by {@code method path}; shared parameters are inlined so that each operation lists
     * its own.
     */
    private static Map<String, Operation> documentedOperations(OpenAPI api) {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> ContractCheck.operations(item).forEach((method, operation) -> {
            List<Parameter> parameters = new ArrayList<>();
            for (Parameter parameter : ContractCheck.orEmpty(operation.getParameters())) {
                parameters.add(resolve(api, parameter));
            }
            operation.setParameters(parameters);
            operations.put(method + " " + path, operation);
        }));
        return operations;
    }

    private static Parameter resolve(OpenAPI api, Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getParameters().get(name);
    }

    private static String contract() throws IOException {
        return Files.readString(CONTRACT, StandardCharsets.UTF_8);
    }
}
