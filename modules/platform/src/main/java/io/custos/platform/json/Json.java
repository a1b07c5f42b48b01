package io.custos.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;

/** Serialises answers that are stored before they are sent (idempotent replays) or assembled. */
public final class Json {

    /**
     * The JSON-P provider, looked up once: {@code jakarta.json.Json.create…} looks it up through the
     * ServiceLoader on every call, a class-path scan that took 14 % of the CPU under an audited-read load (#18).
     */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {}

    public static String write(Object value) {
        return Binding.JSONB.toJson(value);
    }

    /** Use this, not {@code jakarta.json.Json}'s static factories, for JSON-P builders and readers. */
    public static JsonProvider provider() {
        return PROVIDER;
    }

    /** A value as a JSON object tree, for answers assembled from several modules' parts. */
    public static jakarta.json.JsonObject object(Object value) {
        try (var reader = PROVIDER.createReader(new java.io.StringReader(write(value)))) {
            return reader.readObject();
        }
    }

    /** Created on first use, so that JSON-P users need no JSON-B provider. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    }
}
