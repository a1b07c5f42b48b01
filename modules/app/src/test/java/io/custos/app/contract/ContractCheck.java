package io.custos.app.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * What is wrong with an OpenAPI document: first what the swagger-parser reports against the
 * specification (structure, types, duplicate operationIds, dangling references), then the rules of
 * our contract that the specification leaves open (every success answer typed, each tag declared
 * once with a description, no unused schema, no top-level member OpenAPI does not define).
 */
public final class ContractCheck {

    private static final Set<String> TOP_LEVEL_MEMBERS =
            Set.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
    private static final Pattern SCHEMA_REF = Pattern.compile("#/components/schemas/([A-Za-z0-9._-]+)");

    private ContractCheck() {}

    public static List<String> problems(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setValidateInternalRefs(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        List<String> problems = new ArrayList<>();
        if (parsed.getMessages() != null) {
            problems.addAll(parsed.getMessages());
        }
        if (parsed.getOpenAPI() == null) {
            problems.add("not an OpenAPI document");
            return problems;
        }
        OpenAPI api = parsed.getOpenAPI();
        Map<String, Object> raw = new Yaml().load(yaml);
        raw.keySet().stream()
                .filter(key -> !TOP_LEVEL_MEMBERS.contains(key) && !key.startsWith("x-"))
                .forEach(key -> problems.add("top-level member '" + key + "' is not defined by OpenAPI"));
        problems.addAll(tagProblems(api));
        problems.addAll(answerProblems(api));
        problems.addAll(unusedSchemas(raw));
        problems.addAll(unusedSharedParts(yaml, raw));
        return problems;
    }

    private static List<String> tagProblems(OpenAPI api) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Tag tag : api.getTags() == null ? List.<Tag>of() : api.getTags()) {
            if (!declared.add(tag.getName())) {
                problems.add("tag '" + tag.getName() + "' is declared twice");
            }
            if (tag.getDescription() == null || tag.getDescription().isBlank()) {
                problems.add("tag '" + tag.getName() + "' has no description");
            }
        }
        forEachOperation(api, (where, operation) -> {
            if (operation.getTags() == null || operation.getTags().size() != 1) {
                problems.add(where + " has not exactly one tag");
            } else if (!declared.contains(operation.getTags().get(0))) {
                problems.add(where + " uses the undeclared tag '"
                        + operation.getTags().get(0) + "'");
            }
        });
        return problems;
    }

    private static List<String> answerProblems(OpenAPI api) {
        List<String> problems = new ArrayList<>();
        forEachOperation(api, (where, operation) -> {
            if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                problems.add(where + " has no operationId");
            }
            Map<String, ApiResponse> answers = operation.getResponses() == null ? Map.of() : operation.getResponses();
            boolean anySuccess = false;
            for (Map.Entry<String, ApiResponse> answer : answers.entrySet()) {
                if (redirects(answer.getValue()) && answer.getKey().startsWith("3")) {
                    anySuccess = true; // a browser step (single sign-on) succeeds by sending the browser on
                    continue;
                }
                if (!answer.getKey().startsWith("2")) {
                    continue;
                }
                anySuccess = true;
                if (!answer.getKey().equals("204") && !typed(answer.getValue().getContent())) {
                    problems.add(where + " answers " + answer.getKey() + " without a body schema");
                }
            }
            if (!anySuccess) {
                problems.add(where + " has no success answer");
            }
        });
        return problems;
    }

    private static boolean redirects(ApiResponse answer) {
        return answer.getHeaders() != null && answer.getHeaders().containsKey("Location");
    }

    private static boolean typed(Content content) {
        return content != null
                && !content.isEmpty()
                && content.values().stream().allMatch(media -> media.getSchema() != null);
    }

    /** Schemas reached from no path (directly, through other schemas or shared answers). */
    @SuppressWarnings("unchecked")
    private static List<String> unusedSchemas(Map<String, Object> raw) {
        Map<String, Object> components = (Map<String, Object>) raw.getOrDefault("components", Map.of());
        Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
        Yaml writer = new Yaml();
        Set<String> reached = new HashSet<>();
        List<String> toVisit = new ArrayList<>();
        toVisit.add(writer.dump(raw.getOrDefault("paths", Map.of())));
        for (String shared : List.of("responses", "parameters", "requestBodies", "headers")) {
            toVisit.add(writer.dump(components.getOrDefault(shared, Map.of())));
        }
        while (!toVisit.isEmpty()) {
            Matcher refs = SCHEMA_REF.matcher(toVisit.remove(toVisit.size() - 1));
            while (refs.find()) {
                String name = refs.group(1);
                if (reached.add(name) && schemas.containsKey(name)) {
                    toVisit.add(writer.dump(schemas.get(name)));
                }
            }
        }
        return schemas.keySet().stream()
                .filter(name -> !reached.contains(name))
                .map(name -> "schema '" + name + "' is declared and never used")
                .toList();
    }

    /** Shared answers, parameters and headers that nothing refers to. */
    @SuppressWarnings("unchecked")
    private static List<String> unusedSharedParts(String yaml, Map<String, Object> raw) {
        Map<String, Object> components = (Map<String, Object>) raw.getOrDefault("components", Map.of());
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("responses", "parameters", "headers", "requestBodies", "examples")) {
            ((Map<String, Object>) components.getOrDefault(kind, Map.of()))
                    .keySet().stream()
                            .filter(name -> !yaml.contains("#/components/" + kind + "/" + name + "'")
                                    && !yaml.contains("#/components/" + kind + "/" + name + "\""))
                            .forEach(name -> problems.add(kind + " '" + name + "' is declared and never used"));
        }
        return problems;
    }

    static void forEachOperation(OpenAPI api, OperationVisitor visitor) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> operations(item)
                .forEach((method, operation) -> visitor.visit(method + " " + path, operation)));
    }

    /** The operations of a path item by lower-case HTTP method. */
    public static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new HashMap<>();
        item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name().toLowerCase(), operation));
        return operations;
    }

    /** Parses a document that {@link #problems} accepts. */
    public static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    }

    static <T> List<T> orEmpty(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    @FunctionalInterface
    interface OperationVisitor {
        void visit(String where, Operation operation);
    }
}
