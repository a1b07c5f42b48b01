package io.custos.regions.rulepack;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePack.Consent;
import io.custos.regions.api.RulePack.CrossBorder;
import io.custos.regions.api.RulePack.SaleSharing;
import io.custos.regions.api.RulePack.SensitiveConsent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped packs against the table of ../shared/rulepacks/FACTS.md, row by row. */
class RulePackCatalogueTest {

    private static final RulePackCatalogue CATALOGUE = new RulePackCatalogue();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "null",
            value = {
                // code, marketing, profiling, sale, GPC, sensitive, age, DSAR, ext, breach h, cross-border, DPO
                "EU, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 16, 30, 60, 72, SAFEGUARDS, true",
                "GB, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 13, 30, 60, 72, SAFEGUARDS, true",
                "US-CA, OPT_OUT, OPT_OUT, OPT_OUT, true, OPT_OUT, 16, 45, 45, 720, FREE, false",
                "CN, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 14, 15, null, 4, CONSENT_OR_ASSESSMENT, true",
                "BR, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 12, 15, null, 72, SAFEGUARDS, true",
                "SG, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 13, 30, null, 72, SAFEGUARDS, true",
                "TH, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 20, 30, null, 72, SAFEGUARDS, true",
                "JP, OPT_IN, OPT_OUT, OPT_IN, false, EXPLICIT, 15, 14, null, 72, CONSENT_OR_ASSESSMENT, false",
                "KR, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 14, 10, null, 72, CONSENT_OR_ASSESSMENT, true",
                "IN, OPT_IN, OPT_IN, OPT_IN, false, EXPLICIT, 18, 30, null, 72, FREE, false",
                "ZA, OPT_IN, OPT_OUT, OPT_IN, false, EXPLICIT, 18, 30, null, null, SAFEGUARDS, true",
                "CA, OPT_IN, OPT_OUT, OPT_IN, false, EXPLICIT, 13, 30, 30, null, FREE, true",
                "AU, OPT_IN, OPT_OUT, OPT_IN, false, EXPLICIT, 15, 30, null, null, SAFEGUARDS, false",
                "BASELINE, OPT_IN, OPT_IN, OPT_IN, true, EXPLICIT, 18, 10, null, 72, CONSENT_OR_ASSESSMENT, true"
            })
    void everyShippedPackMatchesTheResearchedFigures(
            String code,
            Consent marketing,
            Consent profiling,
            SaleSharing sale,
            boolean gpc,
            SensitiveConsent sensitive,
            int age,
            int dsarDays,
            Integer extensionDays,
            Integer breachHours,
            CrossBorder crossBorder,
            boolean dpo) {
        RulePack pack = CATALOGUE.byCode(code).orElseThrow();

        assertThat(pack.marketingConsent()).isEqualTo(marketing);
        assertThat(pack.profilingConsent()).isEqualTo(profiling);
        assertThat(pack.saleSharingConsent()).isEqualTo(sale);
        assertThat(pack.honorsGlobalPrivacyControl()).isEqualTo(gpc);
        assertThat(pack.sensitiveDataConsent()).isEqualTo(sensitive);
        assertThat(pack.digitalConsentAge()).isEqualTo(age);
        assertThat(pack.dsarResponseDays()).isEqualTo(dsarDays);
        assertThat(pack.dsarExtensionDays()).isEqualTo(extensionDays);
        assertThat(pack.breachNotificationHours()).isEqualTo(breachHours);
        assertThat(pack.crossBorder()).isEqualTo(crossBorder);
        assertThat(pack.dpoRequired()).isEqualTo(dpo);
        assertThat(pack.version()).isNotBlank();
        assertThat(pack.sources()).isNotEmpty();
        assertThat(pack.requiredTrainingJurisdiction()).isTrue();
    }

    @Test
    void everyMissingFigureIsExplainedInTheNotes() {
        for (RulePack pack : CATALOGUE.all()) {
            List<String> nullFields = new ArrayList<>();
            if (pack.dsarExtensionDays() == null) {
                nullFields.add("dsarExtensionDays");
            }
            if (pack.breachNotificationHours() == null) {
                nullFields.add("breachNotificationHours");
            }
            if (pack.retentionMaxDays() == null) {
                nullFields.add("retentionMaxDays");
            }
            if (pack.crossBorderVolumeThreshold() == null) {
                nullFields.add("crossBorderVolumeThreshold");
            }
            for (String field : nullFields) {
                assertThat(pack.notes())
                        .as(pack.code() + " explains why " + field + " is null")
                        .anyMatch(note -> note.contains(field));
            }
        }
    }

    @Test
    void consentRegimesThatNeedConsentForTransfersSaySo() {
        CATALOGUE.all().stream()
                .filter(p -> p.crossBorder() == CrossBorder.CONSENT_OR_ASSESSMENT)
                .forEach(p -> assertThat(p.crossBorderConditions()).contains("SEPARATE_CONSENT"));
    }

    @Test
    void theEuPackCoversTheEeaAndItsNationalConsentAges() {
        RulePack eu = CATALOGUE.byCode("EU").orElseThrow();

        assertThat(eu.countries()).hasSize(30).contains("DE", "FR", "IE", "GR", "IS", "LI", "NO");
        assertThat(eu.digitalConsentAgeByCountry())
                .containsAllEntriesOf(Map.of("AT", 14, "FR", 15, "DE", 16, "IT", 14, "ES", 14, "BE", 13, "SE", 13));
        assertThat(eu.consentAgeIn("FR")).isEqualTo(15);
        assertThat(eu.consentAgeIn("PL")).isEqualTo(16);
    }

    @Test
    void furtherFiguresAreEncoded() {
        RulePack california = CATALOGUE.byCode("US-CA").orElseThrow();
        assertThat(california.dsarAcknowledgeDays()).isEqualTo(10);
        assertThat(california.unitOf(RulePack.Deadline.DSAR_ACKNOWLEDGE)).isEqualTo(RulePack.DayUnit.BUSINESS_DAYS);
        assertThat(california.optOutProcessingDays()).isEqualTo(15);
        assertThat(california.unitOf(RulePack.Deadline.OPT_OUT_PROCESSING)).isEqualTo(RulePack.DayUnit.BUSINESS_DAYS);
        assertThat(california.unitOf(RulePack.Deadline.DSAR_RESPONSE)).isEqualTo(RulePack.DayUnit.CALENDAR_DAYS);
        assertThat(california.clockStops()).isEmpty();
        assertThat(CATALOGUE.byCode("GB").orElseThrow().clockStops())
                .containsExactly(RulePack.ClockStop.IDENTITY_VERIFICATION, RulePack.ClockStop.CLARIFICATION);
        RulePack india = CATALOGUE.byCode("IN").orElseThrow();
        assertThat(india.effectiveFrom()).isEqualTo(LocalDate.of(2027, 5, 13));
        assertThat(india.retentionMaxDays()).isEqualTo(1095);
        RulePack china = CATALOGUE.byCode("CN").orElseThrow();
        assertThat(china.crossBorderVolumeThreshold()).isEqualTo(100_000);
        assertThat(china.transferReachesThreshold(99_998)).isFalse();
        assertThat(china.transferReachesThreshold(99_999))
                .as("the 100,000th individual is no longer exempt")
                .isTrue();
        assertThat(california.transferReachesThreshold(Long.MAX_VALUE - 1)).isFalse();
    }

    @Test
    void packsAnswerTheQuestionsOtherModulesAsk() {
        RulePack eu = CATALOGUE.byCode("EU").orElseThrow();
        RulePack california = CATALOGUE.byCode("US-CA").orElseThrow();
        java.time.Instant received = java.time.Instant.parse("2026-11-24T10:00:00Z");

        io.custos.regions.api.WorkingDays calendar = io.custos.regions.api.WorkingDays.weekendsOnly();
        assertThat(eu.dueAt(RulePack.Deadline.DSAR_RESPONSE, received, calendar))
                .contains(java.time.Instant.parse("2026-12-24T10:00:00Z"));
        assertThat(eu.dueAt(
                        RulePack.Deadline.DSAR_EXTENSION, java.time.Instant.parse("2026-12-24T10:00:00Z"), calendar))
                .contains(java.time.Instant.parse("2027-02-22T10:00:00Z"));
        assertThat(eu.dueAt(RulePack.Deadline.DSAR_ACKNOWLEDGE, received, calendar))
                .isEmpty();
        assertThat(eu.requiresOptIn(RulePack.Purpose.PROFILING)).isTrue();
        assertThat(california.requiresOptIn(RulePack.Purpose.PROFILING)).isFalse();
        assertThat(CATALOGUE.byCode("CN").orElseThrow().dueAt(RulePack.Deadline.DSAR_EXTENSION, received, calendar))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "DE, null, EU",
                "NO, null, EU",
                "GB, null, GB",
                "US, US-CA, US-CA",
                "US, US-NY, BASELINE",
                "US, null, BASELINE",
                "CN, null, CN",
                "MX, null, BASELINE"
            })
    void eachPlaceIsGovernedByExactlyOnePack(String country, String subdivision, String pack) {
        assertThat(CATALOGUE.governing(country, subdivision).code()).isEqualTo(pack);
    }
}
