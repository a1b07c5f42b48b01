package io.custos.audit.trail;

import io.custos.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Event details as canonical JSON: keys sorted, sets sorted, so equal details hash equally. */
final class Canonical {

    private Canonical() {}

    static String json(Map<String, ?> details) {
        return object(details).build().toString();
    }

    private static JsonObjectBuilder object(Map<?, ?> map) {
        JsonObjectBuilder json = Json.provider().createObjectBuilder();
        new TreeMap<>(stringKeys(map)).forEach((k, v) -> json.add(k, value(v)));
        return json;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> keyed = new TreeMap<>();
        map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Map<?, ?> map) {
            return object(map).build();
        }
        if (value instanceof Collection<?> items) {
            List<?> ordered = items instanceof Set<?>
                    ? items.stream().map(String::valueOf).sorted().toList()
                    : List.copyOf(items);
            JsonArrayBuilder array = Json.provider().createArrayBuilder();
            ordered.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Json.provider().createValue(((Number) value).longValue());
        }
        return Json.provider().createValue(String.valueOf(value));
    }
}
