package io.custos.identity.role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The permission catalogue, for any staff member. */
@Path("permissions")
@Tag(name = "Roles")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
public class PermissionResource {

    @GET
    @Operation(summary = "The permissions roles are made of; sensitive ones need an MFA session")
    @APIResponse(responseCode = "200", description = "The catalogue")
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
