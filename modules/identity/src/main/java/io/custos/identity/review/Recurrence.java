package io.custos.identity.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** How often a recurring campaign opens: at the start of each calendar period, in UTC. */
public enum Recurrence {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The start of the period {@code at} lies in: the first of January, April, July or October for a quarter. */
    public Instant periodStart(Instant at) {
        LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** How the period starting at {@code start} is named in its campaign's name: 2027-03, 2027-Q1, 2027-H1, 2027. */
    public String label(Instant start) {
        LocalDate day = start.atOffset(ZoneOffset.UTC).toLocalDate();
        int index = (day.getMonthValue() - 1) / months + 1;
        return switch (this) {
            case MONTHLY -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTERLY -> day.getYear() + "-Q" + index;
            case HALF_YEARLY -> day.getYear() + "-H" + index;
            case YEARLY -> Integer.toString(day.getYear());
        };
    }
}
