package io.custos.customers.customer;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Rotation of the tenant's data key (docs/operations.md, "Rotate keys"). */
@Path("data-key")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class DataKeyResource {

    @Inject
    DataKeyRotation rotation;

    @Inject
    CallerContext callers;

    @POST
    @Path("rotate")
    public Rotated rotate() {
        return new Rotated(rotation.rotate(callers.staff()));
    }

    /** The rotation's answer. */
    public record Rotated(int customerKeys) {}
}
