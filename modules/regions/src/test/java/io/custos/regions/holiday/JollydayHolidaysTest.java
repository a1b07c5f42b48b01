package io.custos.regions.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.regions.api.RulePack;
import io.custos.regions.api.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The holiday library's calendars of the places the packs count business days for. */
class JollydayHolidaysTest {

    private static final JollydayHolidays HOLIDAYS = new JollydayHolidays();

    @Test
    void californiaKeepsThanksgivingAndTheDayAfter() {
        WorkingDays california = HOLIDAYS.of("US", "US-CA");
        assertThat(california.isBusinessDay(LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(california.isBusinessDay(LocalDate.of(2026, 11, 27))).isFalse();
        assertThat(california.isBusinessDay(LocalDate.of(2026, 11, 30))).isTrue();
        // Independence Day 2026 falls on a Saturday and is observed on Friday 3 July
        assertThat(california.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();

        Instant wednesdayBeforeThanksgiving = Instant.parse("2026-11-25T16:00:00Z");
        assertThat(california.after(wednesdayBeforeThanksgiving, 10, RulePack.DayUnit.BUSINESS_DAYS))
                .isEqualTo(Instant.parse("2026-12-11T16:00:00Z"));
        assertThat(HOLIDAYS.of("US", null).after(wednesdayBeforeThanksgiving, 10, RulePack.DayUnit.BUSINESS_DAYS))
                .isEqualTo(Instant.parse("2026-12-10T16:00:00Z"));
    }

    @Test
    void aPlaceTheLibraryDoesNotKnowCountsWeekendsOnly() {
        WorkingDays nowhere = HOLIDAYS.of("XX", "XX-YY");
        assertThat(nowhere.after(Instant.parse("2026-11-25T16:00:00Z"), 10, RulePack.DayUnit.BUSINESS_DAYS))
                .isEqualTo(Instant.parse("2026-12-09T16:00:00Z"));
        assertThat(HOLIDAYS.of("GB", "GB-ZZZ").isBusinessDay(LocalDate.of(2026, 12, 25)))
                .isFalse();
    }
}
