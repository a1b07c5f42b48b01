package io.custos.platform.problem;

/** Unknown id, or another tenant's id: the answer never reveals which. */
public class NotFound extends DomainProblem {
    private final String what;

    public NotFound(String what, String id) {
        super(what + " " + id + " does not exist");
        this.what = what;
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "not-found", "Not found", getMessage()).with("resource", what);
    }
}
