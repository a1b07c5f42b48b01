package io.custos.regions.rulepack;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.regions.api.RulePack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every overridable field, in both directions, against SCHEMA.md's order. */
class StrictnessTest {

    private static final RulePackCatalogue CATALOGUE = new RulePackCatalogue();

    @ParameterizedTest(name = "{0}: {1} -> {2} tightens: {3}")
    @CsvSource({
        "US-CA, marketingConsent, OPT_IN, true",
        "EU, marketingConsent, OPT_OUT, false",
        "JP, profilingConsent, OPT_IN, true",
        "EU, profilingConsent, OPT_OUT, false",
        "US-CA, saleSharingConsent, OPT_IN, true",
        "US-CA, saleSharingConsent, NOT_APPLICABLE, false",
        "US-CA, sensitiveDataConsent, EXPLICIT, true",
        "EU, sensitiveDataConsent, OPT_OUT, false",
        "US-CA, crossBorder, SAFEGUARDS, true",
        "EU, crossBorder, LOCALISED, true",
        "CN, crossBorder, SAFEGUARDS, false"
    })
    void choices(String pack, String field, String value, boolean allowed) {
        assertThat(allowed(pack, field, value)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} tightens: {3}")
    @CsvSource({
        "EU, dsarResponseDays, 20, true",
        "EU, dsarResponseDays, 30, true",
        "EU, dsarResponseDays, 31, false",
        "US-CA, breachNotificationHours, 72, true",
        "EU, breachNotificationHours, 96, false",
        "ZA, breachNotificationHours, 72, true",
        "EU, retentionMaxDays, 3650, true",
        "IN, retentionMaxDays, 2000, false",
        "CN, crossBorderVolumeThreshold, 3, true",
        "CN, crossBorderVolumeThreshold, 200000, false",
        "EU, crossBorderVolumeThreshold, 1000, true",
        "EU, digitalConsentAge, 18, true",
        "EU, digitalConsentAge, 13, false"
    })
    void numbers(String pack, String field, int value, boolean allowed) {
        assertThat(allowed(pack, field, value)).isEqualTo(allowed);
    }

    @Test
    void removingAFigureTheLawGivesLoosensIt() {
        assertThat(allowed("EU", "breachNotificationHours", null)).isFalse();
        assertThat(allowed("ZA", "breachNotificationHours", null)).isTrue();
    }

    @Test
    void flagsMayOnlyBeSwitchedOn() {
        assertThat(allowed("EU", "honorsGlobalPrivacyControl", true)).isTrue();
        assertThat(allowed("US-CA", "honorsGlobalPrivacyControl", false)).isFalse();
        assertThat(allowed("IN", "dpoRequired", true)).isTrue();
        assertThat(allowed("EU", "dpoRequired", false)).isFalse();
    }

    @Test
    void listsMayOnlyGrow() {
        RulePack eu = CATALOGUE.byCode("EU").orElseThrow();
        List<String> more = new java.util.ArrayList<>(eu.sensitiveCategories());
        more.add("purchase_history");
        assertThat(allowed("EU", "sensitiveCategories", more)).isTrue();
        assertThat(allowed("EU", "sensitiveCategories", more.subList(1, more.size())))
                .isFalse();
    }

    @Test
    void nationalConsentAgesMayOnlyRiseAndOnlyForTheirPacksCountries() {
        assertThat(allowed("EU", "digitalConsentAgeByCountry", Map.of("FR", 16)))
                .isTrue();
        assertThat(allowed("EU", "digitalConsentAgeByCountry", Map.of("FR", 14)))
                .isFalse();
        assertThat(allowed("EU", "digitalConsentAgeByCountry", Map.of("US", 18)))
                .isFalse();
    }

    @Test
    void businessDayDeadlinesCompareAsCalendarDays() {
        Map<String, String> calendar = Map.of(
                "dsarResponseDays", "CALENDAR_DAYS",
                "dsarExtensionDays", "CALENDAR_DAYS",
                "dsarAcknowledgeDays", "CALENDAR_DAYS",
                "optOutProcessingDays", "CALENDAR_DAYS");
        // 10 business days span at least 12 calendar days (received on a Sunday)
        assertThat(allowedWith("US-CA", Map.of("deadlineUnits", calendar, "dsarAcknowledgeDays", 12)))
                .isTrue();
        assertThat(allowedWith("US-CA", Map.of("deadlineUnits", calendar, "dsarAcknowledgeDays", 13)))
                .isFalse();
        assertThat(allowedWith("US-CA", Map.of("dsarAcknowledgeDays", 9))).isTrue();
        assertThat(allowedWith("US-CA", Map.of("dsarAcknowledgeDays", 11))).isFalse();
        Map<String, String> business = new LinkedHashMap<>(calendar);
        business.put("dsarResponseDays", "BUSINESS_DAYS");
        // holidays can stretch 20 business days past 30 calendar days
        assertThat(allowedWith("EU", Map.of("deadlineUnits", business, "dsarResponseDays", 20)))
                .isFalse();
    }

    @Test
    void clockStopsMayOnlyBeDropped() {
        assertThat(allowed("GB", "clockStops", List.of("CLARIFICATION"))).isTrue();
        assertThat(allowed("US-CA", "clockStops", List.of("IDENTITY_VERIFICATION")))
                .isFalse();
    }

    private static boolean allowedWith(String code, Map<String, Object> overrides) {
        RulePack law = CATALOGUE.byCode(code).orElseThrow();
        Map<String, Object> fields = RulePackResource.fields(law);
        fields.putAll(overrides);
        RulePack proposed = RulePackFile.fromFields("test", fields);
        return overrides.keySet().stream()
                .allMatch(field -> Strictness.loosening(field, law, proposed).isEmpty());
    }

    private static boolean allowed(String code, String field, Object value) {
        RulePack law = CATALOGUE.byCode(code).orElseThrow();
        Map<String, Object> fields = RulePackResource.fields(law);
        if (value instanceof Map<?, ?> ages && field.equals("digitalConsentAgeByCountry")) {
            Map<String, Object> merged = new LinkedHashMap<>(law.digitalConsentAgeByCountry());
            ages.forEach((k, v) -> merged.put((String) k, v));
            value = merged;
        }
        fields.put(field, value);
        RulePack proposed = RulePackFile.fromFields("test", fields);
        return Strictness.loosening(field, law, proposed).isEmpty();
    }
}
