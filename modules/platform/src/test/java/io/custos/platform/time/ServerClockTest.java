package io.custos.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerClockTest {

    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock system = Clock.fixed(START, ZoneOffset.UTC);

    @Test
    void aMovableClockMovesForwardByWhatTheOperatorSaysAndKeepsIt() {
        ServerClock clock = new ServerClock(system, true);
        assertThat(clock.instant()).isEqualTo(START);

        clock.advance(Duration.ofHours(26));
        clock.advance(Duration.ofMinutes(1));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(26).plusMinutes(1)));
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(26).plusMinutes(1));
        assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void itNeverMovesBackNorStandsStillNorJumpsBeyondTheBound() {
        ServerClock clock = new ServerClock(system, true);
        for (Duration refused :
                new Duration[] {Duration.ofSeconds(-1), Duration.ZERO, ServerClock.LARGEST_ADVANCE.plusSeconds(1)}) {
            assertThatThrownBy(() -> clock.advance(refused))
                    .as(refused.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        clock.advance(ServerClock.LARGEST_ADVANCE);
        assertThat(clock.instant()).isEqualTo(START.plus(ServerClock.LARGEST_ADVANCE));
    }

    @Test
    void withoutTheTestSettingTheClockCannotBeMoved() {
        ServerClock clock = new ServerClock(system, false);
        assertThatThrownBy(() -> clock.advance(Duration.ofHours(1))).isInstanceOf(TestClockOff.class);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(new TestClockOff().problem().status()).isEqualTo(404);
    }

    @Test
    void productionModeRefusesTheTestClock() {
        assertThatThrownBy(() -> new ServerClock("enabled", "production"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("production");
        assertThat(new ServerClock("enabled", "demo").isMovable()).isTrue();
        assertThat(new ServerClock("disabled", "production").isMovable()).isFalse();
    }
}
