package io.custos.identity.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies a SCIM PATCH (RFC 7644 §3.5.2: {@code add}, {@code replace}, {@code remove}, with or
 * without a path, value filters such as {@code members[value eq "…"]}) to a resource's current
 * representation. The result is then stored like a replacement, so PATCH and PUT share one way in
 * and a repeated PATCH converges on the same state.
 */
final class ScimPatch {

    private ScimPatch() {}

    static JsonObject apply(JsonObject resource, JsonObject request) {
        JsonValue operations = request.get("Operations");
        if (!(operations instanceof JsonArray list) || list.isEmpty()) {
            throw ScimException.invalidSyntax("a PatchOp needs a non-empty 'Operations' array");
        }
        JsonObject result = resource;
        for (JsonValue each : list) {
            if (!(each instanceof JsonObject operation)) {
                throw ScimException.invalidSyntax("each operation is an object");
            }
            result = operation(result, operation);
        }
        return result;
    }

    private static JsonObject operation(JsonObject resource, JsonObject operation) {
        String op = operation.containsKey("op") && operation.get("op").getValueType() == JsonValue.ValueType.STRING
                ? operation.getString("op").toLowerCase(Locale.ROOT)
                : "";
        if (!op.equals("add") && !op.equals("replace") && !op.equals("remove")) {
            throw ScimException.invalidSyntax("'op' is one of add, replace, remove");
        }
        JsonValue value = operation.get("value");
        JsonValue path = operation.get("path");
        if (path == null || path.getValueType() == JsonValue.ValueType.NULL) {
            if (op.equals("remove")) {
                throw new ScimException(400, "noTarget", "remove needs a path");
            }
            if (!(value instanceof JsonObject attributes)) {
                throw ScimException.invalidValue("without a path, the value is an object of attributes");
            }
            JsonObject result = resource;
            for (Map.Entry<String, JsonValue> attribute : attributes.entrySet()) {
                result = at(result, attribute.getKey(), op, attribute.getValue());
            }
            return result;
        }
        if (path.getValueType() != JsonValue.ValueType.STRING) {
            throw ScimException.invalidPath("'path' is a string");
        }
        if (!op.equals("remove") && value == null) {
            throw ScimException.invalidValue(op + " needs a value");
        }
        return at(resource, ((jakarta.json.JsonString) path).getString(), op, value);
    }

    /** Applies one operation at {@code path}: an attribute, a sub-attribute, or elements chosen by a value filter. */
    private static JsonObject at(JsonObject resource, String path, String op, JsonValue value) {
        Optional<String> extension = extensionNamed(path);
        if (extension.isPresent()) {
            // The whole extension: its attributes are set one by one.
            if (op.equals("remove")) {
                return without(resource, extension.get());
            }
            if (!(value instanceof JsonObject attributes)) {
                throw ScimException.invalidValue(path + " takes an object");
            }
            JsonObject result = resource;
            for (Map.Entry<String, JsonValue> attribute : attributes.entrySet()) {
                result = at(result, extension.get() + ":" + attribute.getKey(), op, attribute.getValue());
            }
            return result;
        }
        String attributeText = path;
        String filterText = null;
        String subAfterFilter = null;
        int open = path.indexOf('[');
        if (open >= 0) {
            int close = path.lastIndexOf(']');
            if (close < open) {
                throw ScimException.invalidPath("'" + path + "' has an unclosed value filter");
            }
            attributeText = path.substring(0, open);
            filterText = path.substring(open + 1, close);
            String rest = path.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(".") || rest.length() < 2) {
                    throw ScimException.invalidPath("'" + path + "' is not a path");
                }
                subAfterFilter = rest.substring(1);
            }
        }
        ScimFilter.AttributePath target;
        try {
            target = ScimFilter.AttributePath.parse(attributeText);
        } catch (ScimException e) {
            throw ScimException.invalidPath("'" + path + "' is not a path");
        }
        if (target.schema() != null) {
            String schema = knownExtension(target.schema());
            JsonObject container = object(resource, schema).orElse(JsonValue.EMPTY_JSON_OBJECT);
            ScimFilter.AttributePath local = new ScimFilter.AttributePath(null, target.attribute(), target.sub());
            JsonObject changed = attribute(container, local, filterText, subAfterFilter, op, value);
            return with(resource, schema, changed);
        }
        return attribute(resource, target, filterText, subAfterFilter, op, value);
    }

    private static JsonObject attribute(
            JsonObject container,
            ScimFilter.AttributePath target,
            String filterText,
            String subAfterFilter,
            String op,
            JsonValue value) {
        String name = target.attribute();
        if (filterText != null) {
            if (target.sub() != null) {
                throw ScimException.invalidPath("a value filter follows a multi-valued attribute");
            }
            ScimFilter filter = ScimFilter.parse(filterText);
            return with(container, name, filtered(container, name, filter, subAfterFilter, op, value));
        }
        JsonValue current = get(container, name);
        if (target.sub() != null) {
            return with(container, name, sub(current, target.sub(), op, value));
        }
        if (op.equals("remove")) {
            if (value instanceof JsonArray removed && current instanceof JsonArray elements) {
                // Remove the listed elements (the form some providers send for group members).
                return with(
                        container, name, arrayOf(elements, e -> removed.stream().noneMatch(r -> sameValue(r, e))));
            }
            return without(container, name);
        }
        if (op.equals("add") && current instanceof JsonArray elements) {
            JsonArrayBuilder merged = Scim.JSON.createArrayBuilder(elements);
            if (value instanceof JsonArray added) {
                added.stream()
                        .filter(a -> elements.stream().noneMatch(e -> sameValue(a, e)))
                        .forEach(merged::add);
            } else if (elements.stream().noneMatch(e -> sameValue(value, e))) {
                merged.add(value);
            }
            return with(container, name, merged.build());
        }
        if (op.equals("add") && current instanceof JsonObject complex && value instanceof JsonObject more) {
            JsonObjectBuilder merged = Scim.JSON.createObjectBuilder(complex);
            more.forEach(merged::add);
            return with(container, name, merged.build());
        }
        return with(container, name, value);
    }

    /** A sub-attribute of a complex attribute, or of every element of a multi-valued one. */
    private static JsonValue sub(JsonValue current, String sub, String op, JsonValue value) {
        if (current instanceof JsonArray elements) {
            if (elements.isEmpty() && !op.equals("remove")) {
                return Scim.JSON
                        .createArrayBuilder()
                        .add(setSub(JsonValue.EMPTY_JSON_OBJECT, sub, op, value))
                        .build();
            }
            JsonArrayBuilder changed = Scim.JSON.createArrayBuilder();
            elements.forEach(e -> changed.add(e instanceof JsonObject o ? setSub(o, sub, op, value) : e));
            return changed.build();
        }
        JsonObject complex = current instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        return setSub(complex, sub, op, value);
    }

    private static JsonObject setSub(JsonObject element, String sub, String op, JsonValue value) {
        return op.equals("remove") ? without(element, sub) : with(element, sub, value);
    }

    private static JsonArray filtered(
            JsonObject container, String name, ScimFilter filter, String sub, String op, JsonValue value) {
        JsonArray elements = get(container, name) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        boolean any = elements.stream().anyMatch(e -> e instanceof JsonObject o && ScimFilter.matches(filter, o));
        if (op.equals("remove")) {
            return sub == null
                    ? arrayOf(elements, e -> !(e instanceof JsonObject o && ScimFilter.matches(filter, o)))
                    : map(elements, filter, o -> without(o, sub));
        }
        UnaryOperator<JsonObject> change = o -> sub != null ? with(o, sub, value) : merged(o, value);
        if (any) {
            return map(elements, filter, change);
        }
        // Nothing matched: an equality filter says what the new element is (emails[type eq "work"].value).
        if (filter instanceof ScimFilter.Compare compare && compare.op().equals("eq")) {
            ScimFilter.AttributePath on = compare.path();
            JsonObject seed =
                    with(JsonValue.EMPTY_JSON_OBJECT, on.sub() != null ? on.sub() : on.attribute(), compare.value());
            return Scim.JSON
                    .createArrayBuilder(elements)
                    .add(change.apply(seed))
                    .build();
        }
        throw new ScimException(400, "noTarget", "no element of " + name + " matches the filter");
    }

    private static JsonObject merged(JsonObject element, JsonValue value) {
        if (!(value instanceof JsonObject more)) {
            throw ScimException.invalidValue("an element is replaced by an object");
        }
        JsonObjectBuilder merged = Scim.JSON.createObjectBuilder(element);
        more.forEach(merged::add);
        return merged.build();
    }

    private static JsonArray map(JsonArray elements, ScimFilter filter, UnaryOperator<JsonObject> change) {
        JsonArrayBuilder changed = Scim.JSON.createArrayBuilder();
        elements.forEach(
                e -> changed.add(e instanceof JsonObject o && ScimFilter.matches(filter, o) ? change.apply(o) : e));
        return changed.build();
    }

    private static JsonArray arrayOf(JsonArray elements, java.util.function.Predicate<JsonValue> keep) {
        JsonArrayBuilder kept = Scim.JSON.createArrayBuilder();
        elements.stream().filter(keep).forEach(kept::add);
        return kept.build();
    }

    /** Elements are the same when their {@code value} is (members, emails), else when equal. */
    private static boolean sameValue(JsonValue a, JsonValue b) {
        if (a instanceof JsonObject x
                && b instanceof JsonObject y
                && x.containsKey("value")
                && y.containsKey("value")) {
            return ScimFilter.text(x.get("value")).equalsIgnoreCase(ScimFilter.text(y.get("value")));
        }
        return a.equals(b);
    }

    private static Optional<String> extensionNamed(String path) {
        return java.util.stream.Stream.of(Scim.ENTERPRISE_USER, Scim.CUSTOS_USER)
                .filter(path::equalsIgnoreCase)
                .findFirst();
    }

    private static String knownExtension(String schema) {
        return extensionNamed(schema)
                .orElseThrow(() -> ScimException.invalidPath("'" + schema + "' is not a schema of this resource"));
    }

    /** The value of an attribute, its name compared ignoring case. */
    static JsonValue get(JsonObject object, String name) {
        return object.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    static Optional<JsonObject> object(JsonObject object, String name) {
        return get(object, name) instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    }

    private static JsonObject with(JsonObject object, String name, JsonValue value) {
        JsonObjectBuilder changed = Scim.JSON.createObjectBuilder();
        object.forEach((key, v) -> {
            if (!key.equalsIgnoreCase(name)) {
                changed.add(key, v);
            }
        });
        return changed.add(name, value == null ? JsonValue.NULL : value).build();
    }

    private static JsonObject without(JsonObject object, String name) {
        JsonObjectBuilder changed = Scim.JSON.createObjectBuilder();
        object.forEach((key, v) -> {
            if (!key.equalsIgnoreCase(name)) {
                changed.add(key, v);
            }
        });
        return changed.build();
    }
}
