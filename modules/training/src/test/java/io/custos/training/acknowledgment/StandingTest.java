package io.custos.training.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.training.acknowledgment.Standing.Attempt;
import io.custos.training.acknowledgment.Standing.State;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandingTest {

    private static final Instant JAN_31 = Instant.parse("2026-01-31T10:00:00Z");

    private static Attempt passed(int seq, String version, Instant at, int months) {
        return new Attempt(seq, version, true, at, Acknowledgment.expiryOf(at, months));
    }

    @Test
    void expiryIsCalendarMonthsInUtc() {
        assertThat(Acknowledgment.expiryOf(JAN_31, 1)).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(Acknowledgment.expiryOf(JAN_31, 12)).isEqualTo(Instant.parse("2027-01-31T10:00:00Z"));
    }

    @Test
    void nothingAcknowledgedIsNever() {
        assertThat(Standing.of(1, List.of(), JAN_31).state()).isEqualTo(State.NEVER);
    }

    @Test
    void aPassedAcknowledgmentIsCurrentUntilItExpires() {
        List<Attempt> attempts = List.of(passed(1, "v1", JAN_31, 12));
        assertThat(Standing.of(1, attempts, JAN_31.plusSeconds(60)).state()).isEqualTo(State.CURRENT);
        Standing expired = Standing.of(1, attempts, Instant.parse("2027-01-31T10:00:00Z"));
        assertThat(expired.state()).isEqualTo(State.EXPIRED);
        assertThat(expired.shortfall("v1")).contains("expired");
    }

    @Test
    void aFailedAttemptCountsForNothing() {
        Attempt failed = new Attempt(1, "v1", false, JAN_31, Acknowledgment.expiryOf(JAN_31, 12));
        assertThat(Standing.of(1, List.of(failed), JAN_31).state()).isEqualTo(State.NEVER);
    }

    @Test
    void aVersionRequiringReacknowledgmentOutdatesEarlierOnes() {
        List<Attempt> attempts = List.of(passed(1, "v1", JAN_31, 12));
        Standing outdated = Standing.of(2, attempts, JAN_31.plusSeconds(60));
        assertThat(outdated.state()).isEqualTo(State.OUTDATED);
        assertThat(outdated.shortfall("v2"))
                .isEqualTo("version v1 was acknowledged; version v2 needs a new acknowledgment");
    }

    @Test
    void aLaterVersionWithoutReacknowledgmentKeepsEarlierAcknowledgmentsCurrent() {
        List<Attempt> attempts = List.of(passed(2, "v2", JAN_31, 12));
        assertThat(Standing.of(2, attempts, JAN_31.plusSeconds(60)).acknowledgedVersion())
                .isEqualTo("v2");
        assertThat(Standing.of(2, attempts, JAN_31.plusSeconds(60)).isCurrent()).isTrue();
    }

    @Test
    void theLatestExpiryDecides() {
        Instant later = JAN_31.plusSeconds(86_400 * 300L);
        List<Attempt> attempts = List.of(passed(1, "v1", later, 12), passed(1, "v1", JAN_31, 12));
        Standing standing = Standing.of(1, attempts, Instant.parse("2027-02-15T00:00:00Z"));
        assertThat(standing.state()).isEqualTo(State.CURRENT);
        assertThat(standing.acknowledgedAt()).isEqualTo(later);
    }
}
