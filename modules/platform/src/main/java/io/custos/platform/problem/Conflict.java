package io.custos.platform.problem;

/** The request clashes with the current state (a duplicate, a state that forbids it). */
public class Conflict extends DomainProblem {
    private final String slug;

    public Conflict(String slug, String detail) {
        super(detail);
        this.slug = slug;
    }

    @Override
    public Problem problem() {
        return Problem.of(409, slug, "Conflict", getMessage());
    }
}
