package io.custos.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void periodicSlotsAreAlignedSoEveryInstanceComputesTheSame() {
        Schedule quarterly = Schedule.every(Duration.ofMinutes(15));
        Instant slot = quarterly.slotAtOrBefore(Instant.parse("2026-11-30T10:44:59.999Z"));
        assertThat(slot).isEqualTo(Instant.parse("2026-11-30T10:30:00Z"));
        assertThat(quarterly.slotAtOrBefore(slot)).isEqualTo(slot);
        assertThat(quarterly.previous(slot)).isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
    }

    @Test
    void aDailySlotIsTodaysOnceItsTimeHasComeAndYesterdaysBefore() {
        Schedule daily = Schedule.dailyAt(LocalTime.of(4, 0));
        assertThat(daily.slotAtOrBefore(Instant.parse("2026-11-30T03:59:59Z")))
                .isEqualTo(Instant.parse("2026-11-29T04:00:00Z"));
        assertThat(daily.slotAtOrBefore(Instant.parse("2026-11-30T04:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
        assertThat(daily.previous(Instant.parse("2026-11-30T04:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-29T04:00:00Z"));
    }

    @Test
    void afterARestartTheMissedSlotsAreCaughtUpOldestFirstBoundedInNumberAndAge() {
        Schedule hourly = Schedule.every(Duration.ofHours(1));
        Instant now = Instant.parse("2026-11-30T10:30:00Z");
        assertThat(hourly.dueAfter(null, now, 10, Duration.ofDays(7)))
                .hasSize(10)
                .startsWith(Instant.parse("2026-11-30T01:00:00Z"))
                .endsWith(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(hourly.dueAfter(Instant.parse("2026-11-30T08:00:00Z"), now, 10, Duration.ofDays(7)))
                .containsExactly(Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(hourly.dueAfter(Instant.parse("2026-11-30T10:00:00Z"), now, 10, Duration.ofDays(7)))
                .isEmpty();
        assertThat(Schedule.dailyAt(LocalTime.of(4, 0)).dueAfter(null, now, 10, Duration.ofDays(3)))
                .containsExactly(
                        Instant.parse("2026-11-28T04:00:00Z"),
                        Instant.parse("2026-11-29T04:00:00Z"),
                        Instant.parse("2026-11-30T04:00:00Z"));
    }

    @Test
    void periodsThatDoNotDivideADayAreRefused() {
        assertThatThrownBy(() -> Schedule.every(Duration.ofMinutes(7))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.every(Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
    }
}
