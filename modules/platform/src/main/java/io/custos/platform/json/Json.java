package io.custos.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** Serialises answers that are stored before they are sent (idempotent replays). */
public final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private Json() {}

    public static String write(Object value) {
        return JSONB.toJson(value);
    }
}
