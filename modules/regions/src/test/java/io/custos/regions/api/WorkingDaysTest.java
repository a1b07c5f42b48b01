package io.custos.regions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting business days: weekends and the place's holidays do not count, nor the day of receipt. */
class WorkingDaysTest {

    private static final RulePack.DayUnit BUSINESS = RulePack.DayUnit.BUSINESS_DAYS;

    /** 2026-12-25 (Friday) and 2027-01-01 (Friday) are holidays here. */
    private static final WorkingDays CHRISTMAS_AND_NEW_YEAR =
            new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))::contains);

    @ParameterizedTest(name = "{1} business days after {0}: {2}")
    @CsvSource({
        "2026-12-21T09:00:00Z, 1, 2026-12-22T09:00:00Z",
        "2026-12-21T09:00:00Z, 4, 2026-12-28T09:00:00Z",
        "2026-12-24T17:30:00Z, 1, 2026-12-28T17:30:00Z",
        "2026-12-24T17:30:00Z, 5, 2027-01-04T17:30:00Z",
        "2026-12-26T08:00:00Z, 3, 2026-12-30T08:00:00Z",
        "2026-12-21T09:00:00Z, 0, 2026-12-21T09:00:00Z"
    })
    void weekendsHolidaysAndTheDayOfReceiptDoNotCount(String start, int days, String due) {
        assertThat(CHRISTMAS_AND_NEW_YEAR.after(Instant.parse(start), days, BUSINESS))
                .isEqualTo(Instant.parse(due));
    }

    @Test
    void calendarDaysCountEveryDay() {
        assertThat(CHRISTMAS_AND_NEW_YEAR.after(
                        Instant.parse("2026-12-24T10:00:00Z"), 10, RulePack.DayUnit.CALENDAR_DAYS))
                .isEqualTo(Instant.parse("2027-01-03T10:00:00Z"));
    }

    @Test
    void aStoppedCalendarClockMovesByTheTimeStopped() {
        Instant due = Instant.parse("2026-12-31T10:00:00Z");
        assertThat(CHRISTMAS_AND_NEW_YEAR.resumed(
                        due,
                        Instant.parse("2026-12-10T12:00:00Z"),
                        Instant.parse("2026-12-13T18:00:00Z"),
                        RulePack.DayUnit.CALENDAR_DAYS))
                .isEqualTo(Instant.parse("2027-01-03T16:00:00Z"));
    }

    @Test
    void aStoppedBusinessDayClockKeepsTheBusinessDaysLeft() {
        // due Thu 31 Dec; stopped Mon 21 Dec: 7 business days left (22, 23, 24, 28, 29, 30, 31)
        Instant due = Instant.parse("2026-12-31T10:00:00Z");
        // resumed Tue 29 Dec: 7 business days from then, past New Year's Day
        assertThat(CHRISTMAS_AND_NEW_YEAR.resumed(
                        due, Instant.parse("2026-12-21T10:00:00Z"), Instant.parse("2026-12-29T10:00:00Z"), BUSINESS))
                .isEqualTo(Instant.parse("2027-01-08T10:00:00Z"));
        // stopped and resumed within a day: the date stays
        assertThat(CHRISTMAS_AND_NEW_YEAR.resumed(
                        due, Instant.parse("2026-12-21T09:00:00Z"), Instant.parse("2026-12-21T09:30:00Z"), BUSINESS))
                .isEqualTo(Instant.parse("2026-12-31T10:00:00Z"));
    }

    @Test
    void tenBusinessDaysSpanAtLeastTwelveCalendarDays() {
        assertThat(BUSINESS.calendarDaysAtLeast(10)).isEqualTo(12);
        assertThat(BUSINESS.calendarDaysAtLeast(15)).isEqualTo(19);
        assertThat(BUSINESS.calendarDaysAtLeast(1)).isEqualTo(1);
        assertThat(RulePack.DayUnit.CALENDAR_DAYS.calendarDaysAtLeast(10)).isEqualTo(10);
    }
}
