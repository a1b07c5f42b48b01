package io.custos.identity.login;

import io.custos.identity.session.RefreshCookie;
import io.custos.identity.session.SessionView;
import io.custos.identity.session.Sessions;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.NotAuthenticated;
import io.custos.platform.security.AllowedBeforePasswordChange;
import io.custos.platform.security.Anonymous;
import io.custos.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Staff sign-in and sessions: password, then a second factor for accounts with MFA; each sign-in
 * begins a session whose refresh token travels in the {@code custos_refresh} cookie.
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Login login;

    @Inject
    Sessions sessions;

    @Inject
    CallerContext callers;

    @POST
    @Path("login")
    @Anonymous
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(@NotNull(message = "a JSON body is required") @Valid Credentials credentials) {
        return answer(login.login(credentials));
    }

    @POST
    @Path("mfa")
    @Anonymous
    @Consumes(MediaType.APPLICATION_JSON)
    public Response mfa(@NotNull(message = "a JSON body is required") @Valid MfaCode code) {
        return answer(login.completeMfa(code));
    }

    /** Proves the second factor again in the caller's session: a token with {@code otp} and a new {@code auth_time}. */
    @POST
    @Path("step-up")
    @Consumes(MediaType.APPLICATION_JSON)
    public LoginResult stepUp(@NotNull(message = "a JSON body is required") @Valid StepUpCode code) {
        return login.stepUp(callers.staff(), code.code());
    }

    /** A new access token in the cookie's session; the refresh token rotates. */
    @POST
    @Path("refresh")
    @Anonymous
    public Response refresh(@CookieParam(RefreshCookie.NAME) String cookie) {
        Sessions.Refresh refresh = sessions.refresh(cookie);
        if (refresh.signedIn() == null) {
            throw new NotAuthenticated(refresh.refusal());
        }
        return Response.ok(LoginResult.token(
                        refresh.signedIn().accessToken(), refresh.signedIn().expiresIn()))
                .header(HttpHeaders.SET_COOKIE, refresh.signedIn().setCookie())
                .build();
    }

    /** Ends the caller's session: its access tokens are refused from the next request on. */
    @POST
    @Path("logout")
    @AllowedBeforePasswordChange
    public Response logout() {
        sessions.logout(callers.staff());
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.cleared())
                .build();
    }

    @GET
    @Path("sessions")
    public Page<SessionView> mySessions(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return sessions.mine(callers.staff(), PageRequest.of(limit, cursor));
    }

    @DELETE
    @Path("sessions/{id}")
    public Response endMySession(@PathParam("id") String id) {
        sessions.endMine(callers.staff(), id);
        return Response.noContent().build();
    }

    private static Response answer(Login.Answer answer) {
        Response.ResponseBuilder ok = Response.ok(answer.body());
        if (answer.setCookie() != null) {
            ok.header(HttpHeaders.SET_COOKIE, answer.setCookie());
        }
        return ok.build();
    }
}
