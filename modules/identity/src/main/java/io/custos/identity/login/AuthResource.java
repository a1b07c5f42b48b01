package io.custos.identity.login;

import io.custos.platform.security.AccessTokens;
import io.custos.platform.security.Anonymous;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff login. */
@Path("auth")
@Tag(name = "Authentication")
@Anonymous
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Login login;

    @POST
    @Path("login")
    @Operation(summary = "Log in with tenant slug, username and password")
    @APIResponse(
            responseCode = "200",
            description = "An access token",
            content = @Content(schema = @Schema(implementation = AccessTokens.IssuedToken.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    public AccessTokens.IssuedToken login(
            @NotNull(message = "a JSON body is required") @Valid Credentials credentials) {
        return login.login(credentials);
    }
}
