package io.custos.platform.problem;

import io.custos.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus
 * {@code errors} for validation and any extension members (such as {@code gate} or
 * {@code requestId}).
 */
public record Problem(
        String type, String title, int status, String detail, List<FieldError> errors, Map<String, String> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://custos.io/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors, extensions);
    }

    public Problem with(String member, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, errors, more);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.provider()
                .createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            var list = Json.provider().createArrayBuilder();
            errors.forEach(e -> list.add(Json.provider()
                    .createObjectBuilder()
                    .add("field", e.field())
                    .add("message", e.message())));
            json.add("errors", list);
        }
        extensions.forEach(json::add);
        return json.build();
    }

    /** One invalid input: where ({@code admin.password}, {@code stores[0].country}) and why. */
    public record FieldError(String field, String message) {}
}
