package io.custos.tenants.api;

import io.custos.platform.validation.Within;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A store chain's settings, one typed document of groups. Each key's default keeps the behaviour
 * the server had before the key existed; the bounds here are the ones the API enforces.
 */
public record TenantSettings(
        @NotNull @Valid Training training,
        @NotNull @Valid Mfa mfa,
        @NotNull @Valid Privacy privacy,
        @NotNull @Valid Reviews reviews,
        @NotNull @Valid BreakGlass breakGlass,
        @NotNull @Valid SeparationOfDuties separationOfDuties,
        @NotNull @Valid Webhooks webhooks,
        @NotNull @Valid FourEyes fourEyes,
        @NotNull @Valid Sso sso) {

    /** The settings of a tenant that never changed any. */
    public static final TenantSettings DEFAULTS = new TenantSettings(
            new Training(GraceMode.BLOCK_AT_ONCE, 0, 3, 7),
            new Mfa(MfaPolicy.OFF, Map.of()),
            new Privacy(30, false, 48, 7, 30),
            new Reviews(3),
            new BreakGlass(4, 7),
            new SeparationOfDuties(List.of()),
            new Webhooks(10),
            new FourEyes(false, List.of(FourEyesAction.values()), 72),
            new Sso(false, List.of()));

    /** How the training gate treats a course that falls due. */
    public record Training(
            @NotNull GraceMode graceMode,
            @Within(min = 0, max = 90) int graceDays,
            @Within(min = 1, max = 20) int attemptsPerDay,
            @Within(min = 0, max = 60) int reminderDaysBefore) {}

    public enum GraceMode {
        /** Refuse as soon as a required course is not current: no grace. */
        BLOCK_AT_ONCE,
        /** Allow for {@code graceDays} after the due date, then refuse. */
        AFTER_DUE_PLUS_GRACE
    }

    /** Who must have a second factor, and how recent it must be per permission. */
    public record Mfa(@NotNull MfaPolicy policy, @NotNull Map<String, Integer> freshnessMinutes) {

        /** Fewest and most minutes a freshness window may be. */
        public static final int FRESHNESS_MIN = 1;

        public static final int FRESHNESS_MAX = 1440;

        /** In permission order, so that the document reads the same on every instance. */
        public Mfa {
            freshnessMinutes = freshnessMinutes == null
                    ? null
                    : Collections.unmodifiableSortedMap(new TreeMap<>(freshnessMinutes));
        }
    }

    public enum MfaPolicy {
        /** Only sensitive permissions ask for an MFA session (as before). */
        OFF,
        /** Staff who hold a sensitive permission must enrol. */
        SENSITIVE_HOLDERS,
        /** Every staff member must enrol. */
        ALL
    }

    /**
     * How long a data subject's archive stays downloadable; whether an e-mail marketing consent
     * counts only once the customer confirmed it by the link mailed to them (double opt-in), and
     * how many hours that link works; how long a privacy-centre link sent to a customer and a code
     * printed at the till stay redeemable.
     */
    public record Privacy(
            @Within(min = 1, max = 90) int archiveDownloadDays,
            boolean doubleOptInEmail,
            @Within(min = 1, max = 720) int confirmationLinkHours,
            @Within(min = 1, max = 30) int centreLinkDays,
            @Within(min = 5, max = 1440) int centreCodeMinutes) {}

    /** When reviewers are reminded of an access review's deadline. */
    public record Reviews(@Within(min = 0, max = 60) int reminderDaysBefore) {}

    /** How long one emergency access may last, and how soon after it ends it must be reviewed. */
    public record BreakGlass(
            @Within(min = 1, max = 24) int maxHours,
            @Within(min = 0, max = 90) int reviewDays) {}

    /**
     * Pairs of permissions no one person may hold both of ({@code [[customer.export, audit.read]]});
     * each pair is two distinct known permissions, checked with the document.
     */
    public record SeparationOfDuties(@NotNull List<@NotNull List<@NotNull String>> conflicts) {

        /** The most pairs a tenant may name. */
        public static final int MAX_PAIRS = 50;
    }

    /** After how many failed attempts in a row a webhook endpoint is disabled until re-enabled. */
    public record Webhooks(@Within(min = 1, max = 100) int disableAfterFailures) {}

    /**
     * Four eyes: while {@code enabled}, the marked actions wait for a second admin's approval,
     * open for {@code expiryHours}. Switching it on needs two active approvers.
     */
    public record FourEyes(
            boolean enabled,
            @NotNull List<@NotNull FourEyesAction> actions,
            @Within(min = 1, max = 720) int expiryHours) {}

    /**
     * Single sign-on only: while {@code required}, password login is refused to every staff member
     * but the {@code emergencyAdmins} (active staff ids, checked with the document).
     */
    public record Sso(
            boolean required,
            @NotNull @Size(max = Sso.MAX_EMERGENCY_ADMINS) List<@NotNull String> emergencyAdmins) {

        public static final int MAX_EMERGENCY_ADMINS = 20;
    }

    /** The actions a tenant may hold for approval; each name is the one its module asks about. */
    public enum FourEyesAction {
        /** A grant of a role with a sensitive permission over the whole tenant. */
        GRANT_SENSITIVE_TENANT_WIDE,
        /** Changing how long the audit trail is kept. */
        AUDIT_RETENTION,
        /** Rotating the tenant's data key. */
        DATA_KEY_ROTATION,
        /** Applying a tenant configuration document (not the tenant's first). */
        TENANT_CONFIGURATION
    }
}
