package io.custos.platform.problem;

/** Well-formed but not allowed by a rule (a looser override, a reused idempotency key). */
public class Unprocessable extends DomainProblem {
    private final String slug;

    public Unprocessable(String slug, String detail) {
        super(detail);
        this.slug = slug;
    }

    @Override
    public Problem problem() {
        return Problem.of(422, slug, "Not allowed by a rule", getMessage());
    }
}
