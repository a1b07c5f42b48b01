package io.custos.platform.problem;

/** A request body over the limit for its endpoint. */
public class PayloadTooLarge extends DomainProblem {
    public PayloadTooLarge(long limitBytes) {
        super("the request body is larger than " + limitBytes + " bytes");
    }

    @Override
    public Problem problem() {
        return Problem.of(413, "payload-too-large", "Payload too large", getMessage());
    }
}
