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

    /** {@code lastModified} is left out where nothing records it (a user's account changes). */
    JsonObject meta(
            String resourceType, String endpoint, String id, Instant created, Instant lastModified, Long version) {
        var meta = Scim.JSON
                .createObjectBuilder()
                .add("resourceType", resourceType)
                .add(
                        "created",
                        created.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                                .toString())
                .add("location", of(endpoint, id));
        if (lastModified != null) {
            meta.add(
                    "lastModified",
                    lastModified
                            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                            .toString());
        }
        if (version != null) {
            meta.add("version", "W/\"" + version + "\"");
        }
        return meta.build();
    }
}
