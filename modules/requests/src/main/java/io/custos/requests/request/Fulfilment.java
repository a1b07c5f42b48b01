package io.custos.requests.request;

import io.custos.platform.json.StrictJson;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * What fulfilling needs besides the request: the corrected fields of a rectification (as in a
 * customer PATCH), the purposes of an opt-out (all purposes when absent).
 */
public record Fulfilment(JsonObject changes, List<String> purposes) {

    /**
     * From an optional JSON body: fulfilling most requests needs none. Read as bytes: a String
     * parameter would have turned invalid UTF-8 into replacement characters before the check.
     */
    static Fulfilment parse(byte[] body) {
        if (body == null || body.length == 0) {
            return new Fulfilment(null, null);
        }
        Fulfilment fulfilment = (Fulfilment) StrictJson.read(body, Fulfilment.class);
        return fulfilment == null ? new Fulfilment(null, null) : fulfilment;
    }
}
