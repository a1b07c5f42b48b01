package io.custos.platform.access;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One gate's verdict and why, in words an auditor can read. The words are written only when asked
 * (an explanation, an audit entry): most decisions are taken for a list or a check and never read,
 * and writing the text cost more than deciding (#18, P1).
 */
public final class GateOutcome {

    public static final String TENANT = "tenant";
    public static final String GRANT = "grant";
    public static final String TRAINING = "training";
    public static final String MFA = "mfa";
    public static final String RESIDENCY = "residency";
    public static final String CONSENT = "consent";

    private final String gate;
    private final boolean passed;
    private final Supplier<String> explanation;
    private String detail;

    private GateOutcome(String gate, boolean passed, Supplier<String> explanation) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.passed = passed;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    public static GateOutcome of(String gate, boolean passed, Supplier<String> explanation) {
        return new GateOutcome(gate, passed, explanation);
    }

    public static GateOutcome pass(String gate, String detail) {
        return of(gate, true, () -> detail);
    }

    public static GateOutcome fail(String gate, String detail) {
        return of(gate, false, () -> detail);
    }

    public static GateOutcome pass(String gate, Supplier<String> explanation) {
        return of(gate, true, explanation);
    }

    public static GateOutcome fail(String gate, Supplier<String> explanation) {
        return of(gate, false, explanation);
    }

    public String gate() {
        return gate;
    }

    public boolean passed() {
        return passed;
    }

    /** Why, written on first use; a race writes the same words twice, which is harmless. */
    public String detail() {
        String written = detail;
        if (written == null) {
            written = explanation.get();
            detail = written;
        }
        return written;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GateOutcome that
                && gate.equals(that.gate)
                && passed == that.passed
                && detail().equals(that.detail());
    }

    @Override
    public int hashCode() {
        return Objects.hash(gate, passed, detail());
    }

    @Override
    public String toString() {
        return "GateOutcome[gate=" + gate + ", passed=" + passed + ", detail=" + detail() + "]";
    }
}
