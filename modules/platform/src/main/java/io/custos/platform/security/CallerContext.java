package io.custos.platform.security;

import io.custos.platform.problem.NotAuthenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The caller of the current request, as the authentication mechanism established it. */
@RequestScoped
public class CallerContext {

    static final String ATTRIBUTE = Caller.class.getName();

    @Inject
    HttpServletRequest request;

    public Optional<Caller> current() {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }

    public Caller required() {
        return current().orElseThrow(() -> new NotAuthenticated("a valid bearer token is required"));
    }

    /** The calling staff member; operators and anonymous callers are refused. */
    public Caller staff() {
        Caller caller = required();
        if (!caller.isStaff()) {
            throw new NotAuthenticated("this endpoint needs a staff access token");
        }
        return caller;
    }
}
