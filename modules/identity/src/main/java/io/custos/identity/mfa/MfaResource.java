package io.custos.identity.mfa;

import io.custos.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's own second factor; every active staff member may enrol, no permission needed. */
@Path("me/mfa/totp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MfaResource {

    @Inject
    SecondFactor secondFactor;

    @Inject
    CallerContext callers;

    @POST
    public Response enrol() {
        return Response.status(Response.Status.CREATED)
                .entity(secondFactor.enrol(callers.staff()))
                .build();
    }

    @POST
    @Path("confirm")
    public Enabled confirm(@NotNull(message = "a JSON body is required") @Valid Confirmation confirmation) {
        return secondFactor.confirm(callers.staff(), confirmation.code());
    }
}
