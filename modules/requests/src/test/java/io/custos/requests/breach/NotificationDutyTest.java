package io.custos.requests.breach;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.regions.api.RulePack;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each shipped pack's law asks of a breach, at and around its thresholds. */
class NotificationDutyTest {

    /** The shipped packs' breachNotificationHours (BreachIT reads the real ones through the server). */
    private static final Map<String, Integer> HOURS = Map.of("EU", 72, "SG", 72, "JP", 72, "US-CA", 720);

    private static final Instant DISCOVERED = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theGdprAuthorityIsToldOfEveryBreachWithin72HoursAndTheIndividualsAtHighRisk() {
        NotificationDuty low = duty("EU", 1, 1, false);
        assertThat(low.notifyBy()).isEqualTo(DISCOVERED.plus(Duration.ofHours(72)));
        assertThat(low.authorityNotice()).isTrue();
        assertThat(low.individualsNotice()).isFalse();
        assertThat(duty("EU", 1, 1, true).individualsNotice()).isTrue();
    }

    @Test
    void singaporeCountsEveryAffectedIndividualFromFiveHundred() {
        assertThat(duty("SG", 10, 499, false).authorityNotice()).isFalse();
        assertThat(duty("SG", 10, 500, false).authorityNotice()).isTrue();
        assertThat(duty("SG", 10, 499, true).authorityNotice()).isTrue();
    }

    @Test
    void japanReportsAboveOneThousandPersons() {
        assertThat(duty("JP", 1000, 1000, false).authorityNotice()).isFalse();
        assertThat(duty("JP", 1, 1001, false).authorityNotice()).isTrue();
    }

    @Test
    void californiaTellsItsResidentsWithin30DaysAndTheAttorneyGeneralAbove500() {
        NotificationDuty few = duty("US-CA", 500, 5000, false);
        assertThat(few.authorityNotice()).as("counts Californians only").isFalse();
        assertThat(few.individualsNotice()).isTrue();
        assertThat(few.notifyBy()).isEqualTo(DISCOVERED.plus(Duration.ofDays(30)));
        assertThat(duty("US-CA", 501, 501, false).authorityNotice()).isTrue();
    }

    @Test
    void aLawWithoutHoursGivesNoDeadlineButStillOwesItsNotices() {
        NotificationDuty southAfrica = duty("ZA", 1, 1, false);
        assertThat(southAfrica.notificationHours()).isNull();
        assertThat(southAfrica.notifyBy()).isNull();
        assertThat(southAfrica.authorityNotice()).isTrue();
        assertThat(southAfrica.individualsNotice()).isTrue();
        assertThat(southAfrica.basis()).contains("as soon as feasible");
    }

    private static NotificationDuty duty(String pack, int residents, int total, boolean highRisk) {
        return NotificationDuty.of(pack(pack, HOURS.get(pack)), residents, total, highRisk, DISCOVERED);
    }

    /** A pack that differs from another only by its code and breach hours, all a duty reads. */
    private static RulePack pack(String code, Integer breachHours) {
        return new RulePack(
                code,
                code,
                "1",
                "test law",
                LocalDate.of(2020, 1, 1),
                List.of("XX"),
                RulePack.Consent.OPT_IN,
                RulePack.Consent.OPT_IN,
                RulePack.SaleSharing.OPT_IN,
                false,
                RulePack.SensitiveConsent.EXPLICIT,
                List.of(),
                16,
                Map.of(),
                30,
                null,
                null,
                null,
                Map.of(),
                List.of(),
                breachHours,
                RulePack.CrossBorder.SAFEGUARDS,
                List.of(),
                null,
                false,
                null,
                false,
                List.of(),
                List.of());
    }
}
