package io.custos.customers.customer;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rotation of the tenant's data key (docs/operations.md, "Rotate keys"). */
@Path("data-key")
@Tag(name = "Customers")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class DataKeyResource {

    @Inject
    Customers customers;

    @Inject
    CallerContext callers;

    @POST
    @Path("rotate")
    @Operation(summary = "Replace the tenant's data key, re-wrapping every customer's key under the new one")
    @APIResponse(responseCode = "200", description = "How many customer keys were re-wrapped")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Rotated rotate() {
        return new Rotated(customers.rotateDataKey(callers.staff()));
    }

    /** The rotation's answer. */
    public record Rotated(int customerKeys) {}
}
