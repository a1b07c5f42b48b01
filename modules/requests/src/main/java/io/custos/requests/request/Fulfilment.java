package io.custos.requests.request;

import io.custos.platform.problem.InvalidInput;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;

/**
 * What fulfilling needs besides the request: the corrected fields of a rectification (as in a
 * customer PATCH), the purposes of an opt-out (all purposes when absent).
 */
public record Fulfilment(JsonObject changes, List<String> purposes) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** From an optional JSON body: fulfilling most requests needs none. */
    static Fulfilment parse(String body) {
        if (body == null || body.isBlank()) {
            return new Fulfilment(null, null);
        }
        try {
            return JSONB.fromJson(body, Fulfilment.class);
        } catch (JsonbException e) {
            throw new InvalidInput("body", "must be {changes: {...}} or {purposes: [...]}");
        }
    }
}
