package io.custos.training.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.training.acknowledgment.Standing;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GraceTest {

    private static final Instant DUE = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void blockingAtOnceLeavesNoDeadline() {
        assertThat(new Grace(true, Duration.ofDays(14)).openUntil(DUE)).isNull();
    }

    @Test
    void graceRunsFromTheDueDate() {
        assertThat(new Grace(false, Duration.ofDays(14)).openUntil(DUE)).isEqualTo(DUE.plus(Duration.ofDays(14)));
        assertThat(new Grace(false, Duration.ZERO).openUntil(DUE)).isEqualTo(DUE);
    }

    @Test
    void aCourseNeverAssignedHasNoDeadlineToRunFrom() {
        assertThat(Grace.dueDate(null, Standing.NONE)).isNull();
        assertThat(new Grace(false, Duration.ofDays(14)).openUntil(null)).isNull();
    }

    @Test
    void anExpiredAcknowledgmentIsDueAtItsExpiryWhenThatIsLater() {
        Instant expiry = DUE.plus(Duration.ofDays(300));
        Standing expired = new Standing(Standing.State.EXPIRED, "1", DUE, expiry);
        assertThat(Grace.dueDate(DUE, expired)).isEqualTo(expiry);
        assertThat(Grace.dueDate(DUE, Standing.NONE)).isEqualTo(DUE);
    }
}
