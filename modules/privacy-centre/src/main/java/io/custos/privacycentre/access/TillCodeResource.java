package io.custos.privacycentre.access;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Staff print a short code at the till with which a customer enters the privacy centre. */
@Path("privacy-centre/till-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TillCodeResource {

    @Inject
    Passes passes;

    @Inject
    CallerContext callers;

    /** No Idempotency-Key: a stored answer would keep the code that only its hash may keep. */
    @POST
    @RequiresPermission(value = Passes.ISSUE, reach = PermissionCheck.Reach.ANY_SCOPE)
    public Response issue(@NotNull(message = "a JSON body is required") @Valid NewTillCode request) {
        return Response.status(Response.Status.CREATED)
                .entity(passes.issueCode(callers.staff(), request))
                .build();
    }
}
