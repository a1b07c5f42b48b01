package io.custos.identity.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where SCIM resources live, from the public base URL ({@code CUSTOS_PUBLIC_URL}), never from a request's Host. */
@ApplicationScoped
public class ScimLocations {

    private final String base;

    ScimLocations() {
        this.base = "";
    }

    @Inject
    ScimLocations(@ConfigProperty(name = "custos.public-url") Optional<String> publicUrl) {
        this.base = publicUrl.map(url -> url.replaceAll("/+$", "")).orElse("") + "/scim/v2/";
    }

    String of(String endpoint, String id) {
        return base + endpoint + "/" + id;
    }

    String base() {
        return base;
    }

    JsonObject meta(
            String resourceType, String endpoint, String id, Instant created, Instant lastModified, long version) {
        return Scim.JSON
                .createObjectBuilder()
                .add("resourceType", resourceType)
                .add("created", millis(created))
                .add("lastModified", millis(lastModified))
                .add("location", of(endpoint, id))
                .add("version", "W/\"" + version + "\"")
                .build();
    }

    private static String millis(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }
}
