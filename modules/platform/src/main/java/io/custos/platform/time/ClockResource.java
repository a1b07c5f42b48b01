package io.custos.platform.time;

import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The test clock, for the operator of a test deployment: read it, move it forward. A server
 * started without {@code CUSTOS_TEST_CLOCK=enabled} answers 404 {@code test-clock-off} to both.
 */
@Path("platform/clock")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    private static final Logger LOG = Logger.getLogger(ClockResource.class.getName());

    @Inject
    ServerClock clock;

    @GET
    public ClockView read() {
        if (!clock.isMovable()) {
            throw new TestClockOff();
        }
        return ClockView.of(clock);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockView advance(@NotNull(message = "a JSON body is required") @Valid ClockAdvance request) {
        if (!clock.isMovable()) {
            throw new TestClockOff();
        }
        Duration by = request.duration();
        clock.advance(by);
        LOG.warning(() -> "TEST CLOCK moved forward by " + by + " by the operator; now " + clock.instant());
        return ClockView.of(clock);
    }

    /** How far to move the clock: an ISO-8601 duration such as {@code PT26H} or {@code P30D}. */
    public record ClockAdvance(
            @NotNull(message = "is required") String advance) {

        Duration duration() {
            Duration by;
            try {
                by = Duration.parse(advance);
            } catch (DateTimeParseException e) {
                throw new InvalidInput("advance", "must be an ISO-8601 duration such as PT26H or P30D");
            }
            if (by.isNegative() || by.isZero() || by.compareTo(ServerClock.LARGEST_ADVANCE) > 0) {
                throw new InvalidInput("advance", "must be positive and at most P400D: the clock only moves forward");
            }
            return by;
        }
    }

    /** The clock's reading and how far it is ahead of the system's. */
    public record ClockView(String now, String offset) {
        static ClockView of(ServerClock clock) {
            return new ClockView(clock.instant().toString(), clock.offset().toString());
        }
    }
}
