package io.custos.identity.breakglass;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import java.util.List;

/** More hours than the tenant allows one use: a 422 naming {@code hours}. */
class TooLong extends DomainProblem {

    TooLong(int maxHours) {
        super("hours: the tenant allows break-glass for at most " + maxHours + " hours (breakGlass.maxHours)");
    }

    @Override
    public Problem problem() {
        return Problem.of(422, "break-glass-too-long", "Not allowed by a rule", getMessage())
                .withErrors(
                        List.of(new Problem.FieldError("hours", "must be at most the tenant's breakGlass.maxHours")));
    }
}
