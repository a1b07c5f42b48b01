package io.custos.consent.purpose;

import java.util.Arrays;
import java.util.Optional;

/** The purposes every tenant has; each rule pack states their lawful basis. */
public enum BuiltInPurpose {
    MARKETING("Direct marketing through any channel"),
    MARKETING_EMAIL("Direct marketing by e-mail"),
    MARKETING_SMS("Direct marketing by text message"),
    PROFILING("Profiling and CRM data mining"),
    SALE_OR_SHARING("Sale of personal data, or sharing it for cross-context advertising"),
    CROSS_BORDER_TRANSFER("Transfer of personal data out of the customer's country"),
    THIRD_PARTY_SHARING("Sharing personal data with third parties"),
    SENSITIVE_DATA("Processing of sensitive categories of personal data (health, beliefs, biometrics…)");

    private final String description;

    BuiltInPurpose(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Optional<BuiltInPurpose> of(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
