package io.custos.platform.time;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;

/** The clock cannot be read or moved by the operator: this server was not started with the test clock. */
public class TestClockOff extends DomainProblem {

    public TestClockOff() {
        super("the test clock is off: this server was not started with CUSTOS_TEST_CLOCK=enabled");
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "test-clock-off", "Not found", getMessage());
    }
}
