package io.custos.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** Serialises answers that are stored before they are sent (idempotent replays) or assembled. */
public final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private Json() {}

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    /** A value as a JSON object tree, for answers assembled from several modules' parts. */
    public static jakarta.json.JsonObject object(Object value) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(write(value)))) {
            return reader.readObject();
        }
    }
}
