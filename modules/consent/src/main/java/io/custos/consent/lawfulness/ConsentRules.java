package io.custos.consent.lawfulness;

import io.custos.consent.ledger.Consents;
import io.custos.consent.purpose.Purposes;
import io.custos.consent.subject.ConsentSubject;
import io.custos.consent.subject.ConsentSubjects;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Subject;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The consent gate of the access decision, also for the consent residency names (cross-border transfer). */
@ApplicationScoped
public class ConsentRules implements Gates.ConsentGate {

    @Inject
    ConsentSubjects subjects;

    @Inject
    Consents consents;

    @Inject
    Purposes purposes;

    @Inject
    RulePacks packs;

    @Inject
    Clock clock;

    @Override
    public GateOutcome check(Subject subject, String action, CustomerFacts customer, Optional<String> purpose) {
        if (purpose.isEmpty()) {
            return GateOutcome.pass(GateOutcome.CONSENT, () -> action + " names no purpose of processing");
        }
        if (!purposes.exists(purpose.get())) {
            return GateOutcome.fail(GateOutcome.CONSENT, () -> purpose.get() + " is not a purpose of this tenant");
        }
        Lawfulness.Verdict verdict = judge(customer.customerId(), purpose.get());
        return GateOutcome.of(GateOutcome.CONSENT, verdict.lawful(), () -> purpose.get() + ": " + verdict.reason());
    }

    @Override
    public boolean granted(String customerId, String purpose) {
        return consents.current(customerId, purpose)
                .map(c -> c.state() == io.custos.consent.ledger.ConsentState.GRANTED)
                .orElse(false);
    }

    /** Whether processing the customer's data for the purpose is lawful now, and why. */
    public Lawfulness.Verdict judge(String customerId, String purpose) {
        Optional<ConsentSubject> found = subjects.find(customerId);
        if (found.isEmpty()) {
            return new Lawfulness.Verdict(false, "consent knows nothing of this customer");
        }
        ConsentSubject subject = found.get();
        RulePack pack = packs.byCode(subject.packCode()).orElseThrow();
        Lawfulness.Current current = consents.current(customerId, purpose)
                .map(c -> new Lawfulness.Current(c.state(), c.source(), c.gpc()))
                .orElse(null);
        return Lawfulness.judge(
                Basis.of(pack, purposes.basisOf(purpose)), current, subject.adultOn(), LocalDate.now(clock));
    }
}
