package io.custos.platform.problem;

import io.custos.platform.access.GateOutcome;
import java.util.Map;

/**
 * Authenticated but refused; {@code gate} names the gate of the access decision that refused. A
 * refusal by the second-factor gate also says so the way RFC 9470 does, so that a client knows to
 * step up ({@code POST /api/v1/auth/step-up}) rather than to sign in again.
 */
public class Forbidden extends DomainProblem {
    private final String gate;

    public Forbidden(String gate, String detail) {
        super(detail);
        this.gate = gate;
    }

    public String gate() {
        return gate;
    }

    @Override
    public Problem problem() {
        return Problem.of(403, "forbidden", "Forbidden", getMessage()).with("gate", gate);
    }

    @Override
    public Map<String, String> headers() {
        if (!GateOutcome.MFA.equals(gate)) {
            return Map.of();
        }
        return Map.of(
                "WWW-Authenticate",
                "Bearer error=\"insufficient_user_authentication\", error_description=\""
                        + getMessage().replace("\\", "").replace("\"", "'") + "\"");
    }
}
