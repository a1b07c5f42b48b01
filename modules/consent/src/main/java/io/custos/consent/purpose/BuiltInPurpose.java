package io.custos.consent.purpose;

import java.util.Arrays;
import java.util.Optional;

/**
 * The purposes every tenant has; each rule pack states their lawful basis. Each holds a fixed bit
 * of the lawfulness kept per customer ({@code consent_subject.lawful_adult}): stored, never
 * renumbered; a tenant's own purposes take the bits from {@link #FIRST_TENANT_BIT}.
 */
public enum BuiltInPurpose {
    MARKETING(0, "Direct marketing through any channel"),
    MARKETING_EMAIL(1, "Direct marketing by e-mail"),
    MARKETING_SMS(2, "Direct marketing by text message"),
    PROFILING(3, "Profiling and CRM data mining"),
    SALE_OR_SHARING(4, "Sale of personal data, or sharing it for cross-context advertising"),
    CROSS_BORDER_TRANSFER(5, "Transfer of personal data out of the customer's country"),
    THIRD_PARTY_SHARING(6, "Sharing personal data with third parties"),
    SENSITIVE_DATA(7, "Processing of sensitive categories of personal data (health, beliefs, biometrics…)");

    /** Bits 0 to 7 are the built-in purposes'. */
    public static final int FIRST_TENANT_BIT = 8;

    private final int bit;
    private final String description;

    BuiltInPurpose(int bit, String description) {
        this.bit = bit;
        this.description = description;
    }

    public int bit() {
        return bit;
    }

    public String description() {
        return description;
    }

    public static Optional<BuiltInPurpose> of(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
