package io.custos.consent.lawfulness;

import io.custos.consent.api.ConsentRecorded;
import io.custos.consent.api.PurposeCreated;
import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import io.custos.consent.ledger.Consents;
import io.custos.consent.purpose.PurposeBit;
import io.custos.consent.purpose.Purposes;
import io.custos.consent.subject.ConsentSubject;
import io.custos.customers.api.CustomerProfile;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePackOverridden;
import io.custos.regions.api.RulePacks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each customer's {@link LawfulMasks} in {@code consent_subject}, in the transaction of every
 * change that moves them: a consent in force, a new customer, a new purpose. Where a change moves
 * many customers at once (a rule-pack override) or the customer's pack (a move to another
 * country), their masks are cleared in the change's transaction, segments judge those customers
 * from the ledger meanwhile (the same answer, slower), and {@link UnjudgedSubjects} judges them again.
 * Time moves nothing: both masks are kept and the date picks one.
 */
@ApplicationScoped
public class JudgedSubjects {

    @Inject
    TenantData data;

    @Inject
    Purposes purposes;

    @Inject
    Consents consents;

    @Inject
    RulePacks packs;

    /** A consent in force (not a PENDING one, which moves nothing) judges its purpose again. */
    void onConsent(@Observes ConsentRecorded recorded) {
        if (ConsentState.PENDING.name().equals(recorded.state())) {
            return;
        }
        // locked and read afresh: a job judging this customer commits first, and this follows it
        ConsentSubject subject = data.em().find(ConsentSubject.class, recorded.targetId());
        if (subject == null) {
            return;
        }
        data.em().refresh(subject, LockModeType.PESSIMISTIC_WRITE);
        if (!subject.judged()) {
            return;
        }
        PurposeBit purpose = purposes.bitOf("purpose", recorded.purpose());
        Lawfulness.Current current = consents.current(recorded.targetId(), recorded.purpose())
                .map(c -> new Lawfulness.Current(c.state(), c.source(), c.gpc()))
                .orElse(null);
        Basis basis = Basis.of(pack(subject), purpose.basisOf());
        subject.rejudged(
                purpose.mask(),
                Lawfulness.judge(basis, current, false).lawful(),
                Lawfulness.judge(basis, current, true).lawful());
    }

    /** After the subject is placed: a new customer, who has no consent yet, is judged at once. */
    void onProfile(@Observes @Priority(Interceptor.Priority.APPLICATION + 1) CustomerProfile profile) {
        ConsentSubject subject = data.em().find(ConsentSubject.class, profile.customerId());
        if (subject != null && subject.fresh()) {
            LawfulMasks masks = LawfulMasks.of(pack(subject), purposes.bits(), Map.of());
            subject.judged(masks.adult(), masks.minor());
        }
    }

    /**
     * A new purpose has no consent yet: it is lawful for adults where the pack makes it opt-out, and
     * for no minor (no guardian consented). Its bit was never used, so adding it sets it.
     */
    void onPurposeCreated(@Observes PurposeCreated created) {
        PurposeBit purpose = purposes.bitOf("code", created.targetId());
        List<String> optOut = packs.all().stream()
                .filter(pack -> Lawfulness.judge(Basis.of(pack, purpose.basisOf()), null, false)
                        .lawful())
                .map(RulePack::code)
                .toList();
        if (!optOut.isEmpty()) {
            data.em()
                    .createQuery("UPDATE ConsentSubject s SET s.lawfulAdult = s.lawfulAdult + :bit"
                            + " WHERE s.packCode IN :packs AND s.lawfulAdult IS NOT NULL")
                    .setParameter("bit", purpose.mask())
                    .setParameter("packs", optOut)
                    .executeUpdate();
        }
    }

    /** The pack's bases may have changed for every purpose: its customers are judged again. */
    void onOverride(@Observes RulePackOverridden overridden) {
        data.em()
                .createQuery("UPDATE ConsentSubject s SET s.lawfulAdult = NULL, s.lawfulMinor = NULL"
                        + " WHERE s.packCode = :pack")
                .setParameter("pack", overridden.targetId())
                .executeUpdate();
    }

    /**
     * Judges up to {@code most} customers not judged yet, in a transaction of its own; answers how
     * many. Their rows are locked before the ledger is read, so a consent recorded meanwhile either
     * is read here or, waiting for the lock, judges its purpose again on what this commits.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int judgeUnjudged(int most) {
        List<ConsentSubject> unjudged = data.em()
                .createQuery("SELECT s FROM ConsentSubject s WHERE s.lawfulAdult IS NULL", ConsentSubject.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(most)
                .getResultList();
        if (unjudged.isEmpty()) {
            return 0;
        }
        List<PurposeBit> bits = purposes.bits();
        Map<String, Map<String, Lawfulness.Current>> ledger = currentConsents(
                unjudged.stream().map(ConsentSubject::customerId).toList());
        // one UPDATE per distinct pair of masks: a batch holds few
        Map<LawfulMasks, List<String>> byMasks = new LinkedHashMap<>();
        for (ConsentSubject subject : unjudged) {
            LawfulMasks masks =
                    LawfulMasks.of(pack(subject), bits, ledger.getOrDefault(subject.customerId(), Map.of()));
            byMasks.computeIfAbsent(masks, m -> new ArrayList<>()).add(subject.customerId());
        }
        byMasks.forEach((masks, ids) -> data.em()
                .createQuery("UPDATE ConsentSubject s SET s.lawfulAdult = :adult, s.lawfulMinor = :minor"
                        + " WHERE s.customerId IN :ids")
                .setParameter("adult", masks.adult())
                .setParameter("minor", masks.minor())
                .setParameter("ids", ids)
                .executeUpdate());
        return unjudged.size();
    }

    private Map<String, Map<String, Lawfulness.Current>> currentConsents(List<String> customerIds) {
        Map<String, Map<String, Lawfulness.Current>> ledger = new HashMap<>();
        data.em()
                .createQuery(
                        "SELECT c.customerId, c.purpose, c.state, c.source, c.gpc FROM CurrentConsent c"
                                + " WHERE c.customerId IN :ids",
                        Object[].class)
                .setParameter("ids", customerIds)
                .getResultStream()
                .forEach(row -> ledger.computeIfAbsent((String) row[0], id -> new HashMap<>())
                        .put(
                                (String) row[1],
                                new Lawfulness.Current(
                                        (ConsentState) row[2], (ConsentSource) row[3], (Boolean) row[4])));
        return ledger;
    }

    private RulePack pack(ConsentSubject subject) {
        return packs.byCode(subject.packCode()).orElseThrow();
    }
}
