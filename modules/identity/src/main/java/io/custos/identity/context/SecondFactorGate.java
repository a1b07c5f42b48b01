package io.custos.identity.context;

import io.custos.identity.api.SecondFactorRules;
import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.role.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The second-factor part of every decision, for endpoint permissions and customer decisions alike:
 * the tenant's enrolment rule, the sensitivity of the permission, and its freshness window.
 */
final class SecondFactorGate {

    /** Why the gate refuses; {@code maxAge} where the second factor is there but too old. */
    record Refusal(String detail, Optional<Duration> maxAge) {}

    private SecondFactorGate() {}

    /**
     * {@code sessionMethods} and {@code authenticatedAt} are the caller's session's; without a
     * session (an explanation of someone else's access) the staff member's enrolment stands in.
     */
    static Optional<Refusal> refusal(
            StaffContext context,
            String permission,
            Optional<Set<String>> sessionMethods,
            Optional<Instant> authenticatedAt,
            Instant now) {
        SecondFactorRules rules = context.secondFactorRules();
        if (mustEnrol(context, now)) {
            return Optional.of(new Refusal(
                    "this store chain requires a second factor "
                            + (rules.requirement() == SecondFactorRules.Requirement.ALL
                                    ? "of all its staff"
                                    : "of staff who hold sensitive permissions")
                            + ": enrol one at /api/v1/me/mfa/totp, then step up (POST /api/v1/auth/step-up)",
                    Optional.empty()));
        }
        Optional<Duration> freshness = rules.freshnessFor(permission);
        if (!isSensitive(permission) && freshness.isEmpty()) {
            return Optional.empty();
        }
        boolean proved = sessionMethods
                .map(io.custos.platform.security.Caller::provesSecondFactor)
                .orElse(context.mfaEnabled());
        if (!proved) {
            return Optional.of(new Refusal(
                    permission + " is sensitive: prove a second factor in this session"
                            + " (POST /api/v1/auth/step-up; enrol one at /api/v1/me/mfa/totp)",
                    Optional.empty()));
        }
        if (freshness.isPresent()
                && sessionMethods.isPresent()
                && authenticatedAt
                        .map(at -> at.isBefore(now.minus(freshness.get())))
                        .orElse(true)) {
            return Optional.of(new Refusal(
                    permission + " needs a second factor proved within the last "
                            + freshness.get().toMinutes() + " minutes: step up (POST /api/v1/auth/step-up)",
                    freshness));
        }
        return Optional.empty();
    }

    /** The tenant requires a second factor of this staff member, and they have none yet. */
    static boolean mustEnrol(StaffContext context, Instant now) {
        SecondFactorRules rules = context.secondFactorRules();
        // checked before the grants are walked: with the policy off (the default) this costs nothing per decision
        return !context.mfaEnabled()
                && rules.requirement() != SecondFactorRules.Requirement.OFF
                && rules.requiresEnrolment(holdsSensitive(context.inForceAt(now)));
    }

    private static boolean holdsSensitive(List<GrantEvaluation.GrantFacts> inForce) {
        return inForce.stream().flatMap(g -> g.permissions().stream()).anyMatch(SecondFactorGate::isSensitive);
    }

    static boolean isSensitive(String permission) {
        return Permission.byCode(permission).map(Permission::isSensitive).orElse(true);
    }
}
