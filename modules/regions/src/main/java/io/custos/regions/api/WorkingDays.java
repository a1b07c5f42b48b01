package io.custos.regions.api;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * The working calendar of a customer's place: Monday to Friday except its public holidays. Days
 * are dated in UTC, as calendar due dates are: a clock runs from the instant of receipt and ends
 * at the same time of day on its last day.
 */
public final class WorkingDays {

    private final Predicate<LocalDate> publicHoliday;

    public WorkingDays(Predicate<LocalDate> publicHoliday) {
        this.publicHoliday = publicHoliday;
    }

    /** Weekends only: for places whose holidays no library knows (a shorter clock, never a longer). */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(date -> false);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !publicHoliday.test(date);
    }

    /**
     * {@code days} of {@code unit} after {@code start}: the day of receipt does not count, the
     * {@code days}-th business day after it is the last.
     */
    public Instant after(Instant start, int days, RulePack.DayUnit unit) {
        if (unit == RulePack.DayUnit.CALENDAR_DAYS) {
            return start.plus(Duration.ofDays(days));
        }
        LocalDate date = date(start);
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return start.plus(Duration.ofDays(ChronoUnit.DAYS.between(date(start), date)));
    }

    /**
     * The due date once a clock stopped at {@code stoppedAt} runs again at {@code resumedAt}: the
     * time stopped does not count. Calendar clocks move by the time stopped; business-day clocks
     * keep the business days that were left after the day it stopped and count them from the day
     * it resumed.
     */
    public Instant resumed(Instant due, Instant stoppedAt, Instant resumedAt, RulePack.DayUnit unit) {
        if (unit == RulePack.DayUnit.CALENDAR_DAYS) {
            return due.plus(Duration.between(stoppedAt, resumedAt));
        }
        int left = 0;
        for (LocalDate date = date(stoppedAt).plusDays(1); !date.isAfter(date(due)); date = date.plusDays(1)) {
            if (isBusinessDay(date)) {
                left++;
            }
        }
        Instant restarted = after(resumedAt, left, unit);
        // it runs from the time of day it resumed: never earlier than before it stopped
        return restarted.isBefore(due) ? due : restarted;
    }

    /** The fewest calendar days {@code businessDays} can span from any day of the week, holidays aside. */
    static int shortestCalendarSpan(int businessDays) {
        int shortest = Integer.MAX_VALUE;
        WorkingDays noHolidays = weekendsOnly();
        Instant monday = Instant.parse("2024-01-01T00:00:00Z");
        for (int weekday = 0; weekday < 7; weekday++) {
            Instant start = monday.plus(Duration.ofDays(weekday));
            long span = Duration.between(start, noHolidays.after(start, businessDays, RulePack.DayUnit.BUSINESS_DAYS))
                    .toDays();
            shortest = (int) Math.min(shortest, span);
        }
        return shortest;
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
