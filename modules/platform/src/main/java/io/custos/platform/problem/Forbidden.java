package io.custos.platform.problem;

import io.custos.platform.access.GateOutcome;
import java.util.Map;

/**
 * Authenticated but refused; {@code gate} names the gate of the access decision that refused. A
 * refusal by the second-factor gate also says so the way RFC 9470 does, so that a client knows to
 * step up ({@code POST /api/v1/auth/step-up}) rather than to sign in again, with {@code max_age} where
 * the second factor is there but too old.
 */
public class Forbidden extends DomainProblem {
    private final String gate;
    private final Long maxAgeSeconds;

    public Forbidden(String gate, String detail) {
        this(gate, detail, null);
    }

    private Forbidden(String gate, String detail, Long maxAgeSeconds) {
        super(detail);
        this.gate = gate;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** An action that names no permission of its own but changes someone's access, in a session without a second factor. */
    public static Forbidden secondFactorNeeded(String action) {
        return new Forbidden(
                GateOutcome.MFA,
                action + " needs a second factor in this session"
                        + " (POST /api/v1/auth/step-up; enrol one at /api/v1/me/mfa/totp)");
    }

    /** The second factor was proved, but longer ago than the action allows ({@code max_age} in the challenge). */
    public static Forbidden staleSecondFactor(String detail, long maxAgeSeconds) {
        return new Forbidden(GateOutcome.MFA, detail, maxAgeSeconds);
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
        String challenge = "Bearer error=\"insufficient_user_authentication\", error_description=\""
                + getMessage().replace("\\", "").replace("\"", "'") + "\"";
        return Map.of("WWW-Authenticate", maxAgeSeconds == null ? challenge : challenge + ", max_age=" + maxAgeSeconds);
    }
}
