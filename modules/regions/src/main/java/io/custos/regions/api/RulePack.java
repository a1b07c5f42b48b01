package io.custos.regions.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The privacy rules of one jurisdiction, as SCHEMA.md defines them: field names are the contract.
 * {@code null} stands for "the law gives no figure" and is explained in {@code notes}.
 */
public record RulePack(
        String code,
        String name,
        String version,
        String law,
        LocalDate effectiveFrom,
        List<String> countries,
        Consent marketingConsent,
        Consent profilingConsent,
        SaleSharing saleSharingConsent,
        boolean honorsGlobalPrivacyControl,
        SensitiveConsent sensitiveDataConsent,
        List<String> sensitiveCategories,
        int digitalConsentAge,
        Map<String, Integer> digitalConsentAgeByCountry,
        int dsarResponseDays,
        Integer dsarExtensionDays,
        Integer dsarAcknowledgeDays,
        Integer optOutProcessingDays,
        Map<String, DayUnit> deadlineUnits,
        List<ClockStop> clockStops,
        Integer breachNotificationHours,
        CrossBorder crossBorder,
        List<String> crossBorderConditions,
        Integer crossBorderVolumeThreshold,
        boolean dpoRequired,
        Integer retentionMaxDays,
        boolean requiredTrainingJurisdiction,
        List<String> notes,
        List<String> sources) {

    /**
     * The highest consent age a pack or a tenant's override may set (no law sets more than 21):
     * consent keeps a customer's birth date only while they are younger, to tell minors under any age.
     */
    public static final int OLDEST_CONSENT_AGE = 25;

    /** Lawful basis for a purpose; OPT_IN is the stricter. */
    public enum Consent {
        OPT_OUT,
        OPT_IN
    }

    /** Sale or sharing with third parties; NOT_APPLICABLE where the law has no such notion. */
    public enum SaleSharing {
        NOT_APPLICABLE,
        OPT_OUT,
        OPT_IN
    }

    /** Processing of sensitive categories. */
    public enum SensitiveConsent {
        OPT_OUT,
        EXPLICIT
    }

    /** Transfer regime, from the least to the most restrictive. */
    public enum CrossBorder {
        FREE,
        SAFEGUARDS,
        CONSENT_OR_ASSESSMENT,
        LOCALISED
    }

    /** How a deadline's days are counted; SCHEMA.md compares them as calendar days after conversion. */
    public enum DayUnit {
        CALENDAR_DAYS,
        /** Monday to Friday except the public holidays of the customer's country and subdivision. */
        BUSINESS_DAYS;

        /** The fewest calendar days {@code days} of this unit can span: business days without holidays. */
        public int calendarDaysAtLeast(int days) {
            return this == CALENDAR_DAYS ? days : WorkingDays.shortestCalendarSpan(days);
        }
    }

    /** Why the law lets a request's clock stop until the data subject answers. */
    public enum ClockStop {
        IDENTITY_VERIFICATION,
        CLARIFICATION
    }

    /** The day-counted deadlines of a pack, each with its unit in {@code deadlineUnits}. */
    public enum Deadline {
        DSAR_RESPONSE("dsarResponseDays"),
        DSAR_EXTENSION("dsarExtensionDays"),
        DSAR_ACKNOWLEDGE("dsarAcknowledgeDays"),
        OPT_OUT_PROCESSING("optOutProcessingDays");

        private final String field;

        Deadline(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public static java.util.Optional<Deadline> ofField(String field) {
            return java.util.Arrays.stream(values())
                    .filter(d -> d.field.equals(field))
                    .findFirst();
        }
    }

    /** The days a deadline gives, {@code null} where the law sets none. */
    public Integer days(Deadline deadline) {
        return switch (deadline) {
            case DSAR_RESPONSE -> dsarResponseDays;
            case DSAR_EXTENSION -> dsarExtensionDays;
            case DSAR_ACKNOWLEDGE -> dsarAcknowledgeDays;
            case OPT_OUT_PROCESSING -> optOutProcessingDays;
        };
    }

    public DayUnit unitOf(Deadline deadline) {
        return deadlineUnits.getOrDefault(deadline.field(), DayUnit.CALENDAR_DAYS);
    }

    /**
     * Whether one more individual transferred abroad this calendar year, after {@code counted}
     * already, reaches the volume from which the law asks for a recorded safeguard.
     */
    public boolean transferReachesThreshold(long counted) {
        return crossBorderVolumeThreshold != null && counted + 1 >= crossBorderVolumeThreshold;
    }

    /** Whether the law lets the clock stop for this reason. */
    public boolean allowsClockStop(ClockStop reason) {
        return clockStops.contains(reason);
    }

    /**
     * When a deadline counted from {@code start} falls, on the calendar of the customer's place;
     * empty where the pack sets no such deadline.
     */
    public java.util.Optional<java.time.Instant> dueAt(
            Deadline deadline, java.time.Instant start, WorkingDays calendar) {
        Integer days = days(deadline);
        return days == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(calendar.after(start, days, unitOf(deadline)));
    }

    /** Whether processing for marketing, profiling or sale/sharing needs a recorded opt-in here. */
    public boolean requiresOptIn(Purpose purpose) {
        return switch (purpose) {
            case MARKETING -> marketingConsent == Consent.OPT_IN;
            case PROFILING -> profilingConsent == Consent.OPT_IN;
            case SALE_OR_SHARING -> saleSharingConsent == SaleSharing.OPT_IN;
        };
    }

    /** The purposes whose consent model a pack states (cross-border follows {@link #crossBorder}). */
    public enum Purpose {
        MARKETING,
        PROFILING,
        SALE_OR_SHARING
    }

    /** The age below which a guardian consents, for a country of this pack. */
    public int consentAgeIn(String country) {
        return digitalConsentAgeByCountry.getOrDefault(country, digitalConsentAge);
    }
}
