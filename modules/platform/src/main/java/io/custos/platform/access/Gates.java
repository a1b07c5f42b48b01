package io.custos.platform.access;

/** The gates other modules own. Each answers for one staff member, one action, one customer. */
public final class Gates {

    private Gates() {}

    /** Identity: an active grant whose role holds the action and whose scope covers the customer. */
    public interface GrantGate {
        GateOutcome check(Subject subject, String action, CustomerFacts customer);

        /** Where the subject may perform the action: the reach of every grant in force holding it. */
        java.util.List<Reach> reachOf(Subject subject, String action);

        /** Whether the action needs a second factor; and whether the subject has one. */
        GateOutcome secondFactor(Subject subject, String action);
    }

    /**
     * One grant's reach, as lists and searches turn it into SQL: TENANT (everything), REGION,
     * STORE or TEAM with an id, OWN (the subject's own customers).
     */
    public record Reach(String type, String id) {}

    /** Training: a current acknowledgment of every course the customer's rule pack requires. */
    public interface TrainingGate {
        GateOutcome check(Subject subject, String action, CustomerFacts customer);

        /** The rule packs under which the subject lacks a course required for the action. */
        java.util.Set<String> untrainedPacks(Subject subject, String action);
    }

    /** Identity: where a staff member works from, which residency weighs against the customer's country. */
    public interface Workplaces {
        /**
         * The country the subject works from: their home store's, else the tenant's headquarters;
         * nothing for an id that names no staff member (the system's own work).
         */
        java.util.Optional<String> basedIn(Subject subject);
    }

    /** Regions: the customer's pack may restrict access from staff based in another country. */
    public interface ResidencyGate {
        /**
         * The answer for a subject based in {@code basedIn} (nothing: unknown; asked only for actions
         * that read across a border), which may rest on the customer's consent to a purpose: the
         * consent gate answers that, not regions.
         */
        Residency check(
                Subject subject,
                String action,
                CustomerFacts customer,
                java.util.function.Supplier<java.util.Optional<String>> basedIn);

        /**
         * The packs whose customers the action may not reach from another country as such (the
         * pack keeps data home, or asks for more, such as consent, that a list cannot weigh).
         */
        java.util.Set<String> packsClosedAcrossBorders(String action);

        /**
         * The packs whose transfers abroad stop this year for their volume (no safeguard on record),
         * for lists that weigh the other residency conditions themselves (segments, with consent).
         */
        default java.util.Set<String> packsStoppedByVolume() {
            return java.util.Set.of();
        }
    }

    /**
     * The residency gate's answer: one outcome, or two between which the customer's consent to
     * {@code purpose} decides ({@code granted} if they gave it, else {@code refused}).
     */
    public record Residency(GateOutcome granted, java.util.Optional<String> purpose, GateOutcome refused) {

        public static Residency settled(GateOutcome outcome) {
            return new Residency(outcome, java.util.Optional.empty(), outcome);
        }

        public static Residency onConsentTo(String purpose, GateOutcome granted, GateOutcome refused) {
            return new Residency(granted, java.util.Optional.of(purpose), refused);
        }
    }

    /**
     * Consent: processing for a purpose follows the customer's consent and rule pack. Without a
     * purpose (a plain read or change) there is nothing to consent to.
     */
    public interface ConsentGate {
        GateOutcome check(Subject subject, String action, CustomerFacts customer, java.util.Optional<String> purpose);

        /** Whether the customer's current consent to the purpose is a grant (residency names such purposes). */
        boolean granted(String customerId, String purpose);
    }
}
