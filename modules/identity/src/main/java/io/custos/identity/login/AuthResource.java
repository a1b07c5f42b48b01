package io.custos.identity.login;

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

/** Staff login: password, then a second factor for accounts with MFA. */
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
            description = "An access token, or mfaRequired with an mfaToken",
            content = @Content(schema = @Schema(implementation = LoginResult.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "423", ref = "Locked")
    public LoginResult login(@NotNull(message = "a JSON body is required") @Valid Credentials credentials) {
        return login.login(credentials);
    }

    @POST
    @Path("mfa")
    @Operation(summary = "Complete a login with a TOTP code or a recovery code")
    @APIResponse(
            responseCode = "200",
            description = "An access token with the second factor recorded",
            content = @Content(schema = @Schema(implementation = LoginResult.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "423", ref = "Locked")
    public LoginResult mfa(@NotNull(message = "a JSON body is required") @Valid MfaCode code) {
        return login.completeMfa(code);
    }
}
