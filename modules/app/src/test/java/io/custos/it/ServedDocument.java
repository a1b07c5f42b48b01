package io.custos.it;

import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The operations of the contract as the server serves it ({@code GET /openapi}), references resolved. */
final class ServedDocument {

    private ServedDocument() {}

    static List<ServedOperation> operations() {
        String yaml =
                RestAssured.get("/openapi").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI document =
                new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
        if (document == null || document.getPaths() == null) {
            throw new AssertionError("GET /openapi did not give a readable OpenAPI document");
        }
        List<ServedOperation> operations = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(new ServedOperation(method, path, item, operation))));
        operations.sort(Comparator.comparing(ServedOperation::path).thenComparing(ServedOperation::method));
        return operations;
    }

    /** One operation of the document: its method, path template and declaration. */
    record ServedOperation(PathItem.HttpMethod method, String path, PathItem item, Operation operation) {

        String id() {
            return operation.getOperationId();
        }

        @Override
        public String toString() {
            return id() + " (" + method + " " + path + ")";
        }

        boolean secured() {
            return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        }

        /** Path-level and operation-level parameters declared {@code in} the given place. */
        List<Parameter> parameters(String in) {
            return Stream.concat(
                            Optional.ofNullable(item.getParameters()).orElse(List.of()).stream(),
                            Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream())
                    .filter(parameter -> in.equals(parameter.getIn()))
                    .toList();
        }

        /** The first media type of the request body, if the operation takes one. */
        Optional<String> bodyMediaType() {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return Optional.empty();
            }
            return operation.getRequestBody().getContent().keySet().stream().findFirst();
        }

        /** The media type of the first success answer, for Accept ({@code application/json} without one). */
        String answerMediaType() {
            return Optional.ofNullable(operation.getResponses())
                    .orElseGet(io.swagger.v3.oas.models.responses.ApiResponses::new)
                    .entrySet()
                    .stream()
                    .filter(answer -> answer.getKey().startsWith("2"))
                    .map(answer -> answer.getValue().getContent())
                    .filter(content -> content != null && !content.isEmpty())
                    .map(content -> content.keySet().iterator().next())
                    .findFirst()
                    .orElse("application/json");
        }

        /** The schema of the {@code application/json} request body, if there is one. */
        Optional<Schema<?>> jsonBody() {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return Optional.empty();
            }
            MediaType json = operation.getRequestBody().getContent().get("application/json");
            return Optional.ofNullable(json).map(MediaType::getSchema);
        }

        /** The declared properties of the JSON body, in document order (swagger-models types them raw). */
        @SuppressWarnings("rawtypes")
        Map<String, Schema<?>> bodyProperties() {
            Map<String, Schema<?>> properties = new LinkedHashMap<>();
            jsonBody().map(Schema::getProperties).ifPresent(declared -> declared.forEach(properties::put));
            return properties;
        }
    }
}
