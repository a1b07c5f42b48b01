package io.custos.platform.problem;

/** No valid credentials: a 401, with the same answer for every reason a login fails. */
public class NotAuthenticated extends DomainProblem {
    public NotAuthenticated(String detail) {
        super(detail);
    }

    @Override
    public Problem problem() {
        return Problem.of(401, "unauthenticated", "Not authenticated", getMessage());
    }
}
