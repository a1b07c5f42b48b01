package io.custos.privacycentre.customer;

import io.custos.consent.api.CustomerConsents;
import io.custos.platform.problem.NotAuthenticated;
import io.custos.platform.security.Anonymous;
import io.custos.platform.security.Caller;
import io.custos.platform.web.RequestIds;
import io.custos.privacycentre.access.CentreSessions;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Optional;

/**
 * Who may call each customer endpoint, once: an {@link Anonymous} one (redeeming a link or code)
 * anybody; every other one a customer whose session cookie an active session of the tenant in the
 * path holds. A request of such a customer carrying {@code Sec-GPC: 1} is recorded as their
 * opt-out of sale and sharing where their rule pack honours the signal (once: consent keeps it).
 */
public class CustomerRealm implements DynamicFeature {

    static final String SIGN_IN = "sign in to the privacy centre with the link or code the store gave you";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        boolean open = resource.getResourceMethod().isAnnotationPresent(Anonymous.class)
                || resource.getResourceClass().isAnnotationPresent(Anonymous.class);
        if (!open) {
            context.register(SessionRequired.class);
        }
    }

    /** Resumes the session of the request's cookie, and honours a GPC signal it carries. */
    @Priority(Priorities.AUTHENTICATION)
    public static class SessionRequired implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            Cookie cookie = request.getCookies().get(SessionCookie.NAME);
            Optional<Caller> subject = cookie == null
                    ? Optional.empty()
                    : CDI.current().select(CentreSessions.class).get().resume(cookie.getValue());
            if (subject.isEmpty()) {
                throw new NotAuthenticated(SIGN_IN);
            }
            CDI.current().select(CustomerCaller.class).get().resumed(subject.get());
            if ("1".equals(request.getHeaderString("Sec-GPC"))) {
                HttpServletRequest servlet =
                        CDI.current().select(HttpServletRequest.class).get();
                CDI.current()
                        .select(CustomerConsents.class)
                        .get()
                        .honourGlobalPrivacyControl(
                                subject.get(),
                                "Sec-GPC: 1 on " + request.getMethod() + " " + servlet.getRequestURI() + ", request "
                                        + RequestIds.of(servlet));
            }
        }
    }
}
