package io.custos.platform.config;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import java.util.List;

/** A tenant-config file that cannot be applied: 400 naming the place, line and column. */
public class ConfigError extends DomainProblem {

    private final String place;
    private final int line;
    private final int column;
    private final String reason;

    public ConfigError(String place, int line, int column, String reason) {
        super(place + ": " + reason + " (line " + line + ", column " + column + ")");
        this.place = place;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    @Override
    public Problem problem() {
        return Problem.of(400, "tenant-config", "Invalid tenant configuration", getMessage())
                .withErrors(
                        List.of(new Problem.FieldError(place, reason + " (line " + line + ", column " + column + ")")))
                .with("line", Integer.toString(line))
                .with("column", Integer.toString(column));
    }
}
