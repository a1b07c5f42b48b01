package io.custos.identity.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's rules for second factors, as the access decision applies them: who must enrol, and
 * per permission how recently the second factor must have been proved.
 */
public record SecondFactorRules(Requirement requirement, Map<String, Integer> freshnessMinutes) {

    public static final SecondFactorRules NONE = new SecondFactorRules(Requirement.OFF, Map.of());

    public enum Requirement {
        /** Only sensitive permissions ask for a second factor in the session. */
        OFF,
        /** Staff holding a sensitive permission must enrol before they do anything else. */
        SENSITIVE_HOLDERS,
        /** Every staff member must enrol before they do anything else. */
        ALL
    }

    public SecondFactorRules {
        freshnessMinutes = Map.copyOf(freshnessMinutes);
    }

    /** Must a staff member who holds (or not) a sensitive permission enrol first? */
    public boolean requiresEnrolment(boolean holdsSensitive) {
        return requirement == Requirement.ALL || (requirement == Requirement.SENSITIVE_HOLDERS && holdsSensitive);
    }

    /** How recently the second factor must have been proved for {@code permission}; empty when any time will do. */
    public Optional<Duration> freshnessFor(String permission) {
        return Optional.ofNullable(freshnessMinutes.get(permission)).map(Duration::ofMinutes);
    }

    /** The bound tenant's rules; implemented by the module that keeps tenant settings. */
    public interface Source {
        SecondFactorRules current();
    }

    /** The bound tenant's rules changed in this transaction: every decision from now on must see the new ones. */
    public record Changed(io.custos.platform.tenancy.TenantId tenantId) {}
}
