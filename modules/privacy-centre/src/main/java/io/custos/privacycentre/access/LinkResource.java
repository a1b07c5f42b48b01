package io.custos.privacycentre.access;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Staff create a link into the privacy centre for a customer, to send them. */
@Path("customers/{id}/privacy-centre-links")
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

    @Inject
    Passes passes;

    @Inject
    CallerContext callers;

    /** No Idempotency-Key: a stored answer would keep the secret that only its hash may keep. */
    @POST
    @RequiresPermission(value = Passes.ISSUE, reach = PermissionCheck.Reach.ANY_SCOPE)
    public Response issue(@PathParam("id") String customerId) {
        return Response.status(Response.Status.CREATED)
                .entity(passes.issueLink(callers.staff(), customerId))
                .build();
    }
}
