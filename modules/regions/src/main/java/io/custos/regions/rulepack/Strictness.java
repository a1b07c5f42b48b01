package io.custos.regions.rulepack;

import io.custos.regions.api.RulePack;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SCHEMA.md's order of strictness, field by field: an override may keep a value or tighten it,
 * never loosen it. OPT_OUT < OPT_IN; NOT_APPLICABLE < OPT_OUT < OPT_IN; OPT_OUT < EXPLICIT;
 * fewer days, hours or individuals (a number is stricter than none; deadlines compared as calendar days); a
 * higher age; FREE < SAFEGUARDS < CONSENT_OR_ASSESSMENT < LOCALISED; false < true; a list is
 * stricter as a superset, except the clock stops, where fewer are stricter.
 */
final class Strictness {

    /** Fields a tenant may override; identity, citations and the places a pack covers are fixed. */
    static final List<String> OVERRIDABLE = List.of(
            "marketingConsent",
            "profilingConsent",
            "saleSharingConsent",
            "honorsGlobalPrivacyControl",
            "sensitiveDataConsent",
            "sensitiveCategories",
            "digitalConsentAge",
            "digitalConsentAgeByCountry",
            "dsarResponseDays",
            "dsarExtensionDays",
            "dsarAcknowledgeDays",
            "optOutProcessingDays",
            "deadlineUnits",
            "clockStops",
            "breachNotificationHours",
            "crossBorder",
            "crossBorderConditions",
            "crossBorderVolumeThreshold",
            "dpoRequired",
            "retentionMaxDays",
            "requiredTrainingJurisdiction");

    private Strictness() {}

    /** Why {@code proposed} is looser than {@code shipped} in {@code field}, or empty if it is not. */
    static Optional<String> loosening(String field, RulePack shipped, RulePack proposed) {
        return switch (field) {
            case "marketingConsent" -> rank(shipped.marketingConsent(), proposed.marketingConsent());
            case "profilingConsent" -> rank(shipped.profilingConsent(), proposed.profilingConsent());
            case "saleSharingConsent" -> rank(shipped.saleSharingConsent(), proposed.saleSharingConsent());
            case "sensitiveDataConsent" -> rank(shipped.sensitiveDataConsent(), proposed.sensitiveDataConsent());
            case "crossBorder" -> rank(shipped.crossBorder(), proposed.crossBorder());
            case "honorsGlobalPrivacyControl" ->
                flag(shipped.honorsGlobalPrivacyControl(), proposed.honorsGlobalPrivacyControl());
            case "dpoRequired" -> flag(shipped.dpoRequired(), proposed.dpoRequired());
            case "requiredTrainingJurisdiction" ->
                flag(shipped.requiredTrainingJurisdiction(), proposed.requiredTrainingJurisdiction());
            case "digitalConsentAge" ->
                proposed.digitalConsentAge() < shipped.digitalConsentAge()
                        ? Optional.of("a lower age than " + shipped.digitalConsentAge() + " loosens the law")
                        : Optional.empty();
            case "digitalConsentAgeByCountry" -> ages(shipped, proposed);
            case "dsarResponseDays", "dsarExtensionDays", "dsarAcknowledgeDays", "optOutProcessingDays" ->
                deadline(RulePack.Deadline.ofField(field).orElseThrow(), shipped, proposed);
            case "deadlineUnits" ->
                java.util.Arrays.stream(RulePack.Deadline.values())
                        .map(deadline ->
                                deadline(deadline, shipped, proposed).map(why -> deadline.field() + ": " + why))
                        .flatMap(Optional::stream)
                        .findFirst();
            case "clockStops" ->
                proposed.clockStops().stream()
                        .filter(stop -> !shipped.clockStops().contains(stop))
                        .findFirst()
                        .map(stop -> "the law does not let the clock stop for " + stop);
            case "breachNotificationHours" ->
                days(shipped.breachNotificationHours(), proposed.breachNotificationHours());
            case "crossBorderVolumeThreshold" ->
                days(shipped.crossBorderVolumeThreshold(), proposed.crossBorderVolumeThreshold());
            case "retentionMaxDays" -> days(shipped.retentionMaxDays(), proposed.retentionMaxDays());
            case "sensitiveCategories" -> superset(shipped.sensitiveCategories(), proposed.sensitiveCategories());
            case "crossBorderConditions" -> superset(shipped.crossBorderConditions(), proposed.crossBorderConditions());
            default -> Optional.of("cannot be overridden");
        };
    }

    private static <E extends Enum<E>> Optional<String> rank(E shipped, E proposed) {
        return proposed.ordinal() < shipped.ordinal()
                ? Optional.of(proposed + " is looser than the law's " + shipped)
                : Optional.empty();
    }

    private static Optional<String> flag(boolean shipped, boolean proposed) {
        return shipped && !proposed ? Optional.of("the law requires true") : Optional.empty();
    }

    private static Optional<String> days(Integer shipped, Integer proposed) {
        if (shipped == null) {
            return Optional.empty();
        }
        if (proposed == null) {
            return Optional.of("removing the law's " + shipped + " loosens it");
        }
        return proposed > shipped ? Optional.of(proposed + " is longer than the law's " + shipped) : Optional.empty();
    }

    /**
     * A deadline compared as a count of calendar days: in one unit, fewer days; a business-day law
     * kept in calendar days no more than the fewest calendar days its business days can span.
     * Calendar days may not become business days: holidays can stretch those past any count.
     */
    private static Optional<String> deadline(RulePack.Deadline deadline, RulePack shipped, RulePack proposed) {
        Integer law = shipped.days(deadline);
        Integer days = proposed.days(deadline);
        RulePack.DayUnit lawUnit = shipped.unitOf(deadline);
        RulePack.DayUnit unit = proposed.unitOf(deadline);
        if (law == null || days == null || unit == lawUnit) {
            return days(law, days);
        }
        if (unit == RulePack.DayUnit.BUSINESS_DAYS) {
            return Optional.of("business days can run past the law's " + law + " calendar days across holidays");
        }
        int span = lawUnit.calendarDaysAtLeast(law);
        return days > span
                ? Optional.of(days + " calendar days can be longer than the law's " + law + " business days (" + span
                        + " calendar days at the least)")
                : Optional.empty();
    }

    private static Optional<String> superset(List<String> shipped, List<String> proposed) {
        HashSet<String> missing = new HashSet<>(shipped);
        proposed.forEach(missing::remove);
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("must keep every entry the law has; missing "
                        + missing.stream().sorted().toList());
    }

    private static Optional<String> ages(RulePack shipped, RulePack proposed) {
        for (Map.Entry<String, Integer> age :
                proposed.digitalConsentAgeByCountry().entrySet()) {
            if (!shipped.countries().contains(age.getKey())) {
                return Optional.of(age.getKey() + " is not a country of this pack");
            }
            int law = shipped.consentAgeIn(age.getKey());
            if (age.getValue() < law) {
                return Optional.of(age.getKey() + ": " + age.getValue() + " is lower than the law's " + law);
            }
        }
        return shipped.digitalConsentAgeByCountry().keySet().stream()
                .filter(country -> !proposed.digitalConsentAgeByCountry().containsKey(country)
                        && proposed.consentAgeIn(country) < shipped.consentAgeIn(country))
                .findFirst()
                .map(country ->
                        country + ": dropping the national age " + shipped.consentAgeIn(country) + " loosens it");
    }
}
