package io.custos.platform.security;

import io.custos.platform.web.ErrorPageServlet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism. Under {@code /api/v1/platform/} a bearer token must be the
 * operator token; under {@code /scim/v2/} a tenant's provisioning token; everywhere else a staff
 * access token. A request without credentials
 * goes on anonymous (endpoints decide whether that is enough); a bad token is a 401 problem. A
 * token of a session ({@code sid}) also needs that session not to have ended: one primary-key read
 * per request, so a logout on any instance holds on the next request everywhere.
 */
@ApplicationScoped
public class BearerAuthentication implements HttpAuthenticationMechanism {

    static final String PLATFORM_PATH = "/api/v1/platform/";
    static final String PROVISIONING_PATH = "/scim/v2/";
    private static final String BEARER = "Bearer ";

    @Inject
    AccessTokens tokens;

    @Inject
    OperatorToken operatorToken;

    @Inject
    Instance<ActiveSessions> sessions;

    @Inject
    Instance<ProvisioningTokens> provisioningTokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.doNothing();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(request, context, "use 'Authorization: Bearer <token>'");
        }
        String token = authorization.substring(BEARER.length()).trim();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Caller> caller;
        if (path.startsWith(PLATFORM_PATH)) {
            caller = Optional.of(Caller.operator()).filter(operator -> operatorToken.matches(token));
        } else if (path.startsWith(PROVISIONING_PATH)) {
            // Fails closed: without a module that issues provisioning tokens, none passes.
            caller =
                    provisioningTokens.isResolvable() ? provisioningTokens.get().verify(token) : Optional.empty();
        } else {
            caller = tokens.verify(token);
        }
        if (caller.isEmpty()) {
            return refuse(request, context, "the bearer token is invalid or expired");
        }
        if (caller.get().session().isPresent() && !sessionGoesOn(caller.get())) {
            return refuse(request, context, "the session of this token has ended; sign in again");
        }
        request.setAttribute(CallerContext.ATTRIBUTE, caller.get());
        String name = caller.get().isOperator() ? "operator" : caller.get().staffId();
        return context.notifyContainerAboutLogin(() -> name, Set.of());
    }

    /** Fails closed: without a module that keeps sessions, no session token passes. */
    private boolean sessionGoesOn(Caller caller) {
        return sessions.isResolvable()
                && sessions.get().isActive(caller.tenantId(), caller.session().orElseThrow(), caller.staffId());
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String why) {
        request.setAttribute(ErrorPageServlet.DETAIL, why);
        return context.responseUnauthorized();
    }
}
