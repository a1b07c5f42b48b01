package io.custos.webhooks.endpoint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types an endpoint may choose. Only events some module fires are here:
 * a type nobody can send would be a promise the server does not keep.
 */
public enum EventType {
    CONSENT_CHANGED("consent.changed"),
    PRIVACY_REQUEST_OPENED("privacy-request.opened"),
    PRIVACY_REQUEST_DUE("privacy-request.due"),
    PRIVACY_REQUEST_FULFILLED("privacy-request.fulfilled"),
    GRANT_GIVEN("grant.given"),
    GRANT_REVOKED("grant.revoked"),
    BREAK_GLASS_OPENED("break-glass.opened"),
    TRAINING_OVERDUE("training.overdue"),
    AUDIT_VERIFICATION_FAILED("audit.verification-failed"),
    BREACH_REGISTERED("breach.registered");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EventType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(EventType::code).toList());
    }
}
