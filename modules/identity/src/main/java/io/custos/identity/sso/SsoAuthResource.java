package io.custos.identity.sso;

import io.custos.platform.security.Anonymous;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The browser's way through single sign-on: which providers to offer, off to one, and back. */
@Path("auth/sso")
@Produces(MediaType.APPLICATION_JSON)
@Anonymous
public class SsoAuthResource {

    @Inject
    SsoSignIn signIn;

    @GET
    @Path("providers")
    public OfferedProviders providers(@QueryParam("tenant") String tenant) {
        return signIn.offered(tenant == null ? "" : tenant);
    }

    @GET
    @Path("{tenant}/{providerId}/start")
    public Response start(@PathParam("tenant") String tenant, @PathParam("providerId") String providerId) {
        return redirect(signIn.start(tenant, providerId));
    }

    @GET
    @Path("callback")
    public Response callback(
            @QueryParam("code") String code,
            @QueryParam("state") String state,
            @QueryParam("error") String error,
            @CookieParam(SsoSignIn.BROWSER_COOKIE) String browser) {
        return redirect(signIn.callback(code, state, error, browser));
    }

    private static Response redirect(SsoSignIn.Redirect redirect) {
        Response.ResponseBuilder found = Response.status(Response.Status.FOUND).location(redirect.location());
        redirect.setCookies().forEach(cookie -> found.header(HttpHeaders.SET_COOKIE, cookie));
        return found.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
