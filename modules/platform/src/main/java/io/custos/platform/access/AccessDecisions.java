package io.custos.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the six gates in their fixed order and lists every outcome, also after a refusal, so an
 * explanation shows everything that would have to change. A gate whose module is not installed
 * passes and says so.
 */
@ApplicationScoped
public class AccessDecisions {

    private static final String OTHER_TENANT = "the customer belongs to another store chain";
    private static final GateOutcome SAME_TENANT =
            GateOutcome.pass(GateOutcome.TENANT, "staff member and customer belong to the same store chain");
    private static final GateOutcome NO_GRANT_MODULE =
            GateOutcome.fail(GateOutcome.GRANT, "no grant module: nothing is granted");
    private static final GateOutcome NO_COURSE = GateOutcome.pass(GateOutcome.TRAINING, "no course required");
    private static final GateOutcome NO_SENSITIVITY =
            GateOutcome.fail(GateOutcome.MFA, "no grant module: sensitivity unknown");
    private static final GateOutcome NO_RESIDENCY =
            GateOutcome.pass(GateOutcome.RESIDENCY, "no residency rule applies");
    private static final GateOutcome NO_CONSENT_RULE = GateOutcome.pass(GateOutcome.CONSENT, "no consent rule applies");

    @Inject
    Instance<Gates.GrantGate> grants;

    @Inject
    Instance<Gates.TrainingGate> training;

    @Inject
    Instance<Gates.Workplaces> workplaces;

    @Inject
    Instance<Gates.ResidencyGate> residency;

    @Inject
    Instance<Gates.ConsentGate> consent;

    /** Where the subject may perform the action at all, for lists that put the scope into SQL. */
    public List<Gates.Reach> reach(Subject subject, String action) {
        Gates.GrantGate grant = installed().grant;
        return grant == null ? List.of() : grant.reachOf(subject, action);
    }

    /**
     * What a list of customers must leave out for the action, beyond the grants' reach: customers
     * of packs closed across borders (unless in the subject's country) and of packs whose required
     * training the subject lacks. Lists decide these per pack in SQL; consent is per purpose.
     */
    public ListLimits limits(Subject subject, String action) {
        Installed gates = installed();
        return new ListLimits(
                reach(subject, action),
                basedIn(gates, subject),
                gates.residency == null ? Set.of() : gates.residency.packsClosedAcrossBorders(action),
                gates.training == null ? Set.of() : gates.training.untrainedPacks(subject, action));
    }

    public Decision decide(Subject subject, String action, CustomerFacts customer) {
        return decide(subject, action, customer, Optional.empty());
    }

    /** The decision for processing the customer's data for a purpose (marketing, profiling…). */
    public Decision decide(Subject subject, String action, CustomerFacts customer, Optional<String> purpose) {
        if (!subject.tenantId().equals(customer.tenantId())) {
            return Decision.of(action, List.of(GateOutcome.fail(GateOutcome.TENANT, OTHER_TENANT)));
        }
        Installed gates = installed();
        return Decision.of(
                action,
                List.of(
                        SAME_TENANT,
                        gates.grant == null ? NO_GRANT_MODULE : gates.grant.check(subject, action, customer),
                        gates.training == null ? NO_COURSE : gates.training.check(subject, action, customer),
                        gates.grant == null ? NO_SENSITIVITY : gates.grant.secondFactor(subject, action),
                        residency(gates, subject, action, customer),
                        gates.consent == null
                                ? NO_CONSENT_RULE
                                : gates.consent.check(subject, action, customer, purpose)));
    }

    /** The country the subject works from (see {@link Gates.Workplaces}); nothing if unknown. */
    public Optional<String> basedIn(Subject subject) {
        return basedIn(installed(), subject);
    }

    /** Whether the customer granted the purpose; never without a consent module. */
    public boolean consented(String customerId, String purpose) {
        Gates.ConsentGate gate = installed().consent;
        return gate != null && gate.granted(customerId, purpose);
    }

    private static Optional<String> basedIn(Installed gates, Subject subject) {
        return gates.workplaces == null ? Optional.empty() : gates.workplaces.basedIn(subject);
    }

    /** Residency's answer, with the consent it names judged by the consent gate. */
    private static GateOutcome residency(Installed gates, Subject subject, String action, CustomerFacts customer) {
        if (gates.residency == null) {
            return NO_RESIDENCY;
        }
        Gates.Residency answer = gates.residency.check(subject, action, customer, () -> basedIn(gates, subject));
        if (answer.purpose().isEmpty()) {
            return answer.granted();
        }
        return gates.consent != null
                        && gates.consent.granted(
                                customer.customerId(), answer.purpose().get())
                ? answer.granted()
                : answer.refused();
    }

    /** The gates' modules are installed or not for the life of the application: resolved once, not per decision. */
    private record Installed(
            Gates.GrantGate grant,
            Gates.Workplaces workplaces,
            Gates.TrainingGate training,
            Gates.ResidencyGate residency,
            Gates.ConsentGate consent) {}

    private volatile Installed installed;

    private Installed installed() {
        Installed found = installed;
        if (found == null) {
            found = new Installed(
                    grants.isResolvable() ? grants.get() : null,
                    workplaces.isResolvable() ? workplaces.get() : null,
                    training.isResolvable() ? training.get() : null,
                    residency.isResolvable() ? residency.get() : null,
                    consent.isResolvable() ? consent.get() : null);
            installed = found;
        }
        return found;
    }
}
