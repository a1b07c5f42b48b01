package io.custos.identity.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * A page of a SCIM list (RFC 7644 §3.4.2.4): 1-based {@code startIndex}, {@code count} at most
 * {@link Scim#MAX_RESULTS}; values out of range are taken as the nearest allowed, as the RFC asks.
 */
record ScimPaging(int startIndex, int count) {

    static ScimPaging of(Integer startIndex, Integer count) {
        int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? Scim.MAX_RESULTS : Math.max(0, Math.min(count, Scim.MAX_RESULTS));
        return new ScimPaging(start, size);
    }

    JsonObject answer(long total, List<JsonObject> resources) {
        JsonArrayBuilder items = Scim.JSON.createArrayBuilder();
        resources.forEach(items::add);
        return Scim.JSON
                .createObjectBuilder()
                .add("schemas", Scim.JSON.createArrayBuilder().add(Scim.LIST_RESPONSE))
                .add("totalResults", total)
                .add("startIndex", startIndex)
                .add("itemsPerPage", resources.size())
                .add("Resources", items)
                .build();
    }
}
