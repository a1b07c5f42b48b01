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

/** Staff login: password, then a second factor for accounts with MFA. */
@Path("auth")
@Anonymous
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Login login;

    @POST
    @Path("login")
    public LoginResult login(@NotNull(message = "a JSON body is required") @Valid Credentials credentials) {
        return login.login(credentials);
    }

    @POST
    @Path("mfa")
    public LoginResult mfa(@NotNull(message = "a JSON body is required") @Valid MfaCode code) {
        return login.completeMfa(code);
    }
}
