package io.custos.identity.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What this service provider supports (RFC 7644 §4), from {@code discovery.json} beside this
 * class, with locations under the public URL.
 */
@ApplicationScoped
public class ScimDiscovery {

    private static final JsonObject DOCUMENT = load();

    @Inject
    ScimLocations locations;

    JsonObject serviceProviderConfig() {
        return located(DOCUMENT.getJsonObject("ServiceProviderConfig"));
    }

    /** {@code ResourceTypes} or {@code Schemas} as a list answer. */
    JsonObject all(String endpoint) {
        List<JsonObject> resources = DOCUMENT.getJsonArray(endpoint).getValuesAs(JsonObject.class).stream()
                .map(this::located)
                .toList();
        return ScimPaging.of(1, resources.size()).answer(resources.size(), resources);
    }

    JsonObject one(String endpoint, String id) {
        JsonArray resources = DOCUMENT.getJsonArray(endpoint);
        return resources.getValuesAs(JsonObject.class).stream()
                .filter(resource -> resource.getString("id").equals(id))
                .findFirst()
                .map(this::located)
                .orElseThrow(() -> ScimException.notFound(endpoint, id));
    }

    /** The stored location is relative to {@code /scim/v2/}. */
    private JsonObject located(JsonObject resource) {
        JsonObject meta = resource.getJsonObject("meta");
        return Scim.JSON
                .createObjectBuilder(resource)
                .add(
                        "meta",
                        Scim.JSON
                                .createObjectBuilder(meta)
                                .add("location", locations.base() + meta.getString("location")))
                .build();
    }

    private static JsonObject load() {
        try (InputStream in = ScimDiscovery.class.getResourceAsStream("discovery.json");
                var reader = Scim.JSON.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
