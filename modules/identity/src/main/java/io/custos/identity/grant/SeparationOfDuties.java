package io.custos.identity.grant;

import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.Problem;

/** A grant that would let someone give themselves, or others, more than they hold. */
public class SeparationOfDuties extends Forbidden {
    private final String slug;

    SeparationOfDuties(String slug, String detail) {
        super("grant", detail);
        this.slug = slug;
    }

    static SeparationOfDuties selfGrant() {
        return new SeparationOfDuties("self-grant", "nobody grants roles to themselves");
    }

    static SeparationOfDuties escalation(String permission, Scope scope) {
        return new SeparationOfDuties(
                "escalation", "you do not hold " + permission + " over " + scope + ", so you cannot grant it");
    }

    @Override
    public Problem problem() {
        return Problem.of(403, slug, "Forbidden", getMessage()).with("gate", gate());
    }
}
