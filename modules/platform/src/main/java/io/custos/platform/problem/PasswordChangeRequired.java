package io.custos.platform.problem;

/** The caller signed in with a temporary password: until they choose their own, nothing else answers. */
public class PasswordChangeRequired extends DomainProblem {

    public PasswordChangeRequired() {
        super("this account signed in with a temporary password: choose your own first"
                + " (POST /api/v1/me/password {currentPassword, newPassword})");
    }

    @Override
    public Problem problem() {
        return Problem.of(403, "password-change-required", "Password change required", getMessage());
    }
}
