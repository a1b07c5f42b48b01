package io.custos.tenants.settings;

import io.custos.platform.json.Json;
import io.custos.platform.json.StrictJson;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Problem;
import io.custos.tenants.api.TenantSettings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The settings document as JSON: the defaults beneath, what the tenant set on top. A key missing
 * from a stored document (one added by a later release) reads as its default, and a merge patch
 * that sets a key to {@code null} returns it to its default.
 */
final class SettingsDocument {

    private static final JsonObject DEFAULTS = Json.object(TenantSettings.DEFAULTS);

    private SettingsDocument() {}

    /** A stored document, with the defaults for the keys it does not name. */
    static TenantSettings read(String stored) {
        try (var reader = Json.provider().createReader(new StringReader(stored))) {
            return overDefaults(reader.readObject());
        }
    }

    static String write(TenantSettings settings) {
        return Json.write(settings);
    }

    /**
     * {@code current} with an RFC 7386 merge patch applied. A key the document does not have and a
     * value of the wrong JSON type answer 400 naming them; bounds are the caller's to check.
     */
    static TenantSettings patched(TenantSettings current, JsonObject patch) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        refuseUnknownKeys(patch, TenantSettings.class, "", unknown);
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return overDefaults(Json.provider().createMergePatch(patch).apply(Json.object(current)));
    }

    private static TenantSettings overDefaults(JsonValue document) {
        JsonValue complete = Json.provider().createMergePatch(document).apply(DEFAULTS);
        return StrictJson.read(complete.toString(), TenantSettings.class);
    }

    /** Groups are records and their keys fixed; a map (freshness per permission) takes any key. */
    private static void refuseUnknownKeys(
            JsonObject object, Class<?> group, String path, List<Problem.FieldError> unknown) {
        Map<String, RecordComponent> keys = Arrays.stream(group.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, LinkedHashMap::new));
        object.forEach((key, value) -> {
            String place = path.isEmpty() ? key : path + "." + key;
            RecordComponent component = keys.get(key);
            if (component == null) {
                unknown.add(new Problem.FieldError(
                        place, "is not a setting (known here: " + String.join(", ", keys.keySet()) + ")"));
            } else if (component.getType().isRecord() && value instanceof JsonObject nested) {
                refuseUnknownKeys(nested, component.getType(), place, unknown);
            }
        });
    }

    /**
     * Every key of the document by its dotted name ({@code training.graceDays}) with its value as
     * JSON shows it; a map-valued key (freshness per permission) is one value.
     */
    static Map<String, Object> flat(TenantSettings settings) {
        Map<String, Object> keys = new TreeMap<>();
        flatten(settings, "", keys);
        return keys;
    }

    private static void flatten(Record group, String path, Map<String, Object> keys) {
        for (RecordComponent component : group.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(group);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String place = path.isEmpty() ? component.getName() : path + "." + component.getName();
            if (value instanceof Record nested) {
                flatten(nested, place, keys);
            } else if (value instanceof Enum<?> constant) {
                keys.put(place, constant.name());
            } else if (value instanceof Map<?, ?> map) {
                keys.put(place, new TreeMap<>(map));
            } else {
                keys.put(place, value);
            }
        }
    }
}
