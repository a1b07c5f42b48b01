package io.custos.identity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final Instant MID_MAY = Instant.parse("2027-05-17T13:45:00Z");

    @Test
    void eachPeriodBeginsOnTheFirstOfItsFirstMonthInUtc() {
        assertThat(Recurrence.MONTHLY.periodStart(MID_MAY)).isEqualTo(Instant.parse("2027-05-01T00:00:00Z"));
        assertThat(Recurrence.QUARTERLY.periodStart(MID_MAY)).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
        assertThat(Recurrence.HALF_YEARLY.periodStart(MID_MAY)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Recurrence.YEARLY.periodStart(MID_MAY)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Recurrence.QUARTERLY.periodStart(Instant.parse("2027-12-31T23:59:59Z")))
                .isEqualTo(Instant.parse("2027-10-01T00:00:00Z"));
    }

    @Test
    void aPeriodIsNamedAsPeopleSayIt() {
        assertThat(Recurrence.MONTHLY.label(Instant.parse("2027-03-01T00:00:00Z")))
                .isEqualTo("2027-03");
        assertThat(Recurrence.QUARTERLY.label(Instant.parse("2027-10-01T00:00:00Z")))
                .isEqualTo("2027-Q4");
        assertThat(Recurrence.HALF_YEARLY.label(Instant.parse("2027-07-01T00:00:00Z")))
                .isEqualTo("2027-H2");
        assertThat(Recurrence.YEARLY.label(Instant.parse("2027-01-01T00:00:00Z")))
                .isEqualTo("2027");
    }
}
