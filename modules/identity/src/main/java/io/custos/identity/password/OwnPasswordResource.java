package io.custos.identity.password;

import io.custos.platform.security.AllowedBeforePasswordChange;
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

/** Every staff member changes their own password; the one thing a temporary password is good for. */
@Path("me/password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnPasswordResource {

    @Inject
    Passwords passwords;

    @Inject
    CallerContext callers;

    @POST
    @AllowedBeforePasswordChange
    public Response change(@NotNull(message = "a JSON body is required") @Valid NewPassword request) {
        passwords.changeOwn(callers.staff(), request);
        return Response.noContent().build();
    }
}
