package io.custos.platform.problem;

/** Authenticated but refused; {@code gate} names the gate of the access decision that refused. */
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
}
