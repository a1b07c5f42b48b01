package io.custos.platform.security;

import io.custos.platform.problem.Forbidden;
import java.util.Optional;

/** Whether a staff member may use an endpoint that needs a permission. Implemented by identity. */
public interface PermissionCheck {

    /** How far the permission must reach for the endpoint to be usable at all. */
    enum Reach {
        /** Held through a grant at TENANT scope: tenant administration. */
        TENANT,
        /** Held at any scope; the use case then checks the scope of what it touches. */
        ANY_SCOPE
    }

    /**
     * Why the caller may not use it: no active grant holding the permission ({@code grant}), or a
     * sensitive permission without a second factor in this session ({@code mfa}); empty if allowed.
     */
    Optional<Forbidden> refusal(Caller staff, String permission, Reach reach);

    /** True while the staff member may use the API at all (not suspended or offboarded). */
    boolean isActive(Caller staff);

    /**
     * True while the staff member signed in with a temporary password an admin gave them: only
     * endpoints marked {@link AllowedBeforePasswordChange} answer until they choose their own.
     */
    boolean mustChangePassword(Caller staff);
}
