package io.custos.platform.access;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "may this staff member do this to this customer": allowed only when every gate
 * passed. The same object is explained to admins and written to the audit trail.
 */
public record Decision(boolean allowed, String action, List<GateOutcome> gates) {

    public Decision {
        gates = List.copyOf(gates);
    }

    static Decision of(String action, List<GateOutcome> gates) {
        return new Decision(refusal(gates).isEmpty(), action, gates);
    }

    /** The first gate that refused, if any. */
    public Optional<GateOutcome> refusal() {
        return refusal(gates);
    }

    private static Optional<GateOutcome> refusal(List<GateOutcome> gates) {
        for (GateOutcome gate : gates) {
            if (!gate.passed()) {
                return Optional.of(gate);
            }
        }
        return Optional.empty();
    }
}
