package io.custos.platform.problem;

import java.util.List;

/** Input that breaks a rule checked in code rather than by Bean Validation: a 400 with fields. */
public class InvalidInput extends DomainProblem {
    private final List<Problem.FieldError> errors;

    public InvalidInput(List<Problem.FieldError> errors) {
        super(
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : "the request has invalid fields");
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    @Override
    public Problem problem() {
        return Problem.of(400, "validation", "Invalid request", getMessage()).withErrors(errors);
    }
}
