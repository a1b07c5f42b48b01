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
        Integer breachNotificationHours,
        CrossBorder crossBorder,
        List<String> crossBorderConditions,
        boolean dpoRequired,
        Integer retentionMaxDays,
        boolean requiredTrainingJurisdiction,
        List<String> notes,
        List<String> sources) {

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

    /** When an access or erasure request received at {@code received} must be answered. */
    public java.time.Instant dsarDueAt(java.time.Instant received) {
        return received.plus(java.time.Duration.ofDays(dsarResponseDays));
    }

    /** The latest due date when the allowed extension is taken (the plain due date without one). */
    public java.time.Instant dsarExtendedDueAt(java.time.Instant received) {
        return dsarDueAt(received).plus(java.time.Duration.ofDays(dsarExtensionDays == null ? 0 : dsarExtensionDays));
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
