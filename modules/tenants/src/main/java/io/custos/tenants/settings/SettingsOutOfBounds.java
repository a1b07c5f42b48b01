package io.custos.tenants.settings;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import java.util.List;

/** 422: well-formed settings with values outside their bounds; {@code errors} name the keys. */
public class SettingsOutOfBounds extends DomainProblem {

    private final List<Problem.FieldError> errors;

    SettingsOutOfBounds(List<Problem.FieldError> errors) {
        super("settings out of bounds: " + errors.get(0).field() + " "
                + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    @Override
    public Problem problem() {
        return Problem.of(422, "settings-out-of-bounds", "Not allowed by a rule", getMessage())
                .withErrors(errors);
    }
}
