package io.custos.requests.request;

import io.custos.platform.json.StrictJson;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * What fulfilling needs besides the request: the corrected fields of a rectification (as in a
 * customer PATCH), the purposes of an opt-out (all purposes when absent).
 */
public record Fulfilment(JsonObject changes, List<String> purposes) {

    /** From an optional JSON body: fulfilling most requests needs none. */
    static Fulfilment parse(String body) {
        if (body == null || body.isBlank()) {
            return new Fulfilment(null, null);
        }
        Fulfilment fulfilment = StrictJson.read(body, Fulfilment.class);
        return fulfilment == null ? new Fulfilment(null, null) : fulfilment;
    }
}
