package io.custos.privacycentre.customer;

import io.custos.platform.security.Anonymous;
import io.custos.privacycentre.access.CentreSessions;
import io.custos.privacycentre.access.Passes;
import io.custos.privacycentre.access.RedemptionLimits;
import io.custos.privacycentre.access.StartedSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A customer enters with a link or a till code and leaves again. Every attempt counts against the
 * limits before it is decided, so that guessing is throttled whether it succeeds or not.
 */
@Path("{tenant}/api/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    Passes passes;

    @Inject
    CentreSessions sessions;

    @Inject
    RedemptionLimits limits;

    @Inject
    CustomerCaller customer;

    @Inject
    @ConfigProperty(name = "custos.public-url")
    Optional<String> publicUrl;

    @Context
    HttpServletRequest request;

    @POST
    @Path("link")
    @Anonymous
    public Response redeemLink(
            @PathParam("tenant") String tenant,
            @NotNull(message = "a JSON body is required") @Valid LinkRedemption redemption) {
        limits.count(request.getRemoteAddr(), Optional.empty());
        return started(tenant, passes.redeemLink(redemption.token()));
    }

    @POST
    @Path("code")
    @Anonymous
    public Response redeemCode(
            @PathParam("tenant") String tenant,
            @NotNull(message = "a JSON body is required") @Valid CodeRedemption redemption) {
        limits.count(request.getRemoteAddr(), Optional.of(Passes.codeSha256(redemption.code())));
        return started(tenant, passes.redeemCode(redemption.code(), redemption.contact()));
    }

    @DELETE
    public Response end(@PathParam("tenant") String tenant) {
        sessions.end(customer.required().session().orElseThrow());
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, SessionCookie.cleared(tenant, secure()))
                .build();
    }

    private Response started(String tenant, StartedSession session) {
        return Response.ok(Map.of("idleUntil", session.idleUntil().toString()))
                .header(
                        HttpHeaders.SET_COOKIE,
                        SessionCookie.set(tenant, session.token(), session.lifetime(), secure()))
                .build();
    }

    /** From the public URL, never from the request: behind a proxy that ends TLS the request is plain. */
    private boolean secure() {
        return publicUrl.map(url -> url.startsWith("https:")).orElse(false);
    }
}
