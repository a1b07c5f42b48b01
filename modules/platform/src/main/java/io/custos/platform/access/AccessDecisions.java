package io.custos.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the six gates in their fixed order and lists every outcome, also after a refusal, so an
 * explanation shows everything that would have to change. A gate whose module is not installed
 * passes and says so.
 */
@ApplicationScoped
public class AccessDecisions {

    @Inject
    Instance<Gates.GrantGate> grants;

    @Inject
    Instance<Gates.TrainingGate> training;

    @Inject
    Instance<Gates.ResidencyGate> residency;

    @Inject
    Instance<Gates.ConsentGate> consent;

    /** Where the subject may perform the action at all, for lists that put the scope into SQL. */
    public List<Gates.Reach> reach(Subject subject, String action) {
        return grants.isResolvable() ? grants.get().reachOf(subject, action) : List.of();
    }

    /**
     * What a list of customers must leave out for the action, beyond the grants' reach: customers
     * of packs closed across borders (unless in the subject's country) and of packs whose required
     * training the subject lacks. Lists decide these per pack in SQL; consent is per purpose.
     */
    public ListLimits limits(Subject subject, String action) {
        return new ListLimits(
                reach(subject, action),
                residency.isResolvable() ? residency.get().basedIn(subject) : Optional.empty(),
                residency.isResolvable() ? residency.get().packsClosedAcrossBorders(action) : java.util.Set.of(),
                training.isResolvable() ? training.get().untrainedPacks(subject, action) : java.util.Set.of());
    }

    public Decision decide(Subject subject, String action, CustomerFacts customer) {
        return decide(subject, action, customer, Optional.empty());
    }

    /** The decision for processing the customer's data for a purpose (marketing, profiling…). */
    public Decision decide(Subject subject, String action, CustomerFacts customer, Optional<String> purpose) {
        List<GateOutcome> gates = new ArrayList<>(6);
        if (!subject.tenantId().equals(customer.tenantId())) {
            gates.add(GateOutcome.fail(GateOutcome.TENANT, "the customer belongs to another store chain"));
            return Decision.of(action, gates);
        }
        gates.add(GateOutcome.pass(GateOutcome.TENANT, "staff member and customer belong to the same store chain"));
        if (grants.isResolvable()) {
            gates.add(grants.get().check(subject, action, customer));
        } else {
            gates.add(GateOutcome.fail(GateOutcome.GRANT, "no grant module: nothing is granted"));
        }
        gates.add(
                training.isResolvable()
                        ? training.get().check(subject, action, customer)
                        : GateOutcome.pass(GateOutcome.TRAINING, "no course required"));
        gates.add(
                grants.isResolvable()
                        ? grants.get().secondFactor(subject, action)
                        : GateOutcome.fail(GateOutcome.MFA, "no grant module: sensitivity unknown"));
        gates.add(
                residency.isResolvable()
                        ? residency.get().check(subject, action, customer)
                        : GateOutcome.pass(GateOutcome.RESIDENCY, "no residency rule applies"));
        gates.add(
                consent.isResolvable()
                        ? consent.get().check(subject, action, customer, purpose)
                        : GateOutcome.pass(GateOutcome.CONSENT, "no consent rule applies"));
        return Decision.of(action, gates);
    }
}
