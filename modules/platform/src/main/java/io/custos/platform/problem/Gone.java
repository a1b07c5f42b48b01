package io.custos.platform.problem;

/** The thing existed and was removed for good (a download whose window ended); it will not return. */
public class Gone extends DomainProblem {
    private final String slug;

    public Gone(String slug, String detail) {
        super(detail);
        this.slug = slug;
    }

    @Override
    public Problem problem() {
        return Problem.of(410, slug, "Gone", getMessage());
    }
}
