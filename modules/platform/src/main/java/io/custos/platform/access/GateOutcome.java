package io.custos.platform.access;

/** One gate's verdict and why, in words an auditor can read. */
public record GateOutcome(String gate, boolean passed, String detail) {

    public static final String TENANT = "tenant";
    public static final String GRANT = "grant";
    public static final String TRAINING = "training";
    public static final String MFA = "mfa";
    public static final String RESIDENCY = "residency";
    public static final String CONSENT = "consent";

    public static GateOutcome pass(String gate, String detail) {
        return new GateOutcome(gate, true, detail);
    }

    public static GateOutcome fail(String gate, String detail) {
        return new GateOutcome(gate, false, detail);
    }
}
