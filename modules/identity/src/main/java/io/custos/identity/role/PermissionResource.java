package io.custos.identity.role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The permission catalogue, for any staff member. */
@Path("permissions")
@Produces(MediaType.APPLICATION_JSON)
public class PermissionResource {

    @GET
    public Catalogue list() {
        return new Catalogue(Arrays.stream(Permission.values())
                .map(p -> new Entry(p.code(), p.description(), p.isSensitive()))
                .toList());
    }

    /** The catalogue answer. */
    public record Catalogue(List<Entry> items) {}

    /** One permission. */
    public record Entry(String name, String description, boolean sensitive) {}
}
