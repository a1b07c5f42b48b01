package io.custos.consent.ledger;

import io.custos.consent.api.ConsentRecorded;
import io.custos.consent.notice.Notice;
import io.custos.consent.notice.Notices;
import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.consent.purpose.Purposes;
import io.custos.consent.subject.ConsentSubjects;
import io.custos.customers.api.CustomerRecords;
import io.custos.platform.id.Ids;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.transaction.ConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records consent events and keeps the current-state projection in the same transaction, so a
 * withdrawal is in force the moment it is answered. History is never rewritten.
 */
@ApplicationScoped
public class Consents {

    static final String RECORD = "consent.record";
    static final String READ = "consent.read";
    static final Set<String> GPC_PURPOSES =
            Set.of(BuiltInPurpose.SALE_OR_SHARING.name(), BuiltInPurpose.THIRD_PARTY_SHARING.name());

    @Inject
    TenantData data;

    @Inject
    CustomerRecords customers;

    @Inject
    ConsentSubjects subjects;

    @Inject
    Purposes purposes;

    @Inject
    Notices notices;

    @Inject
    DoubleOptIn doubleOptIn;

    @Inject
    Event<ConsentRecorded> recorded;

    @Inject
    Clock clock;

    @Transactional
    public ConsentRecord record(Caller caller, String customerId, NewConsent consent) {
        purposes.requireKnown("purpose", consent.purpose());
        if (consent.source() == ConsentSource.GPC
                && (consent.state() != ConsentState.WITHDRAWN || !GPC_PURPOSES.contains(consent.purpose()))) {
            throw new Unprocessable(
                    "gpc-is-an-opt-out",
                    "A Global Privacy Control signal is a WITHDRAWN of " + GPC_PURPOSES + ", nothing else");
        }
        // CENTRE is the customer's own word: staff cannot speak it for them, nor a customer as anything else
        if ((consent.source() == ConsentSource.CENTRE) != caller.isDataSubject()
                && !(caller.isDataSubject() && consent.source() == ConsentSource.GPC)) {
            throw new Unprocessable(
                    "centre-is-the-customers-own",
                    "source CENTRE records a customer's own choice in the privacy centre; staff record what the"
                            + " customer told them (POS, WEB, APP, EMAIL…)");
        }
        if (consent.source() == ConsentSource.GUARDIAN
                && (consent.guardian() == null || consent.guardian().isBlank())) {
            throw new InvalidInput("guardian", "must name who consented for the minor when source is GUARDIAN");
        }
        if (consent.evidence() != null && consent.evidence().chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new InvalidInput("evidence", "must be one line of text or a reference, without control characters");
        }
        if (consent.state() == ConsentState.PENDING) {
            throw new InvalidInput("state", "PENDING is set by double opt-in, never recorded by hand");
        }
        requireNotice(consent);
        customers.require(caller, customerId, RECORD, List.of("consents"));
        subjects.active(customerId);
        if (doubleOptIn.applies(consent)) {
            return doubleOptIn.requestConfirmation(caller, customerId, consent);
        }
        return append(caller.tenantId(), caller.staffId(), customerId, consent);
    }

    /**
     * A named notice must be the tenant's and of the purpose; a consent given (not imported from an
     * older system) must name one once the tenant has published notices for the purpose.
     */
    private void requireNotice(NewConsent consent) {
        if (consent.noticeId() != null) {
            Notice notice = notices.find(consent.noticeId())
                    .orElseThrow(() -> new InvalidInput("noticeId", "is not a notice of this tenant"));
            if (!notice.purpose().equals(consent.purpose())) {
                throw new InvalidInput(
                        "noticeId", "is a notice for " + notice.purpose() + ", not " + consent.purpose());
            }
        } else if (consent.state() == ConsentState.GRANTED
                && consent.source() != ConsentSource.IMPORT
                && notices.anyFor(consent.purpose())) {
            throw new Unprocessable(
                    "notice-required",
                    "the tenant publishes notices for " + consent.purpose()
                            + ": a consent given must name the one shown (noticeId)");
        }
    }

    /**
     * Appends an event by {@code actorId} (a staff member, or the customer confirming a double
     * opt-in) and moves the projection unless the event is PENDING, without a decision (the caller
     * has taken it).
     */
    ConsentRecord append(TenantId tenant, String actorId, String customerId, NewConsent consent) {
        Instant now = clock.instant();
        ConsentEvent event = new ConsentEvent(Ids.newId(), customerId, consent, actorId, now);
        data.em().persist(event);
        if (consent.state() != ConsentState.PENDING) {
            follow(customerId, consent, event, now);
        }
        recorded.fire(new ConsentRecorded(
                tenant,
                actorId,
                customerId,
                event.id(),
                consent.purpose(),
                consent.state().name(),
                consent.source().name(),
                consent.policyVersion(),
                consent.noticeId(),
                event.record().evidenceSha256(),
                now));
        return event.record();
    }

    private void follow(String customerId, NewConsent consent, ConsentEvent event, Instant now) {
        CurrentConsent current = current(customerId, consent.purpose()).orElseGet(() -> {
            CurrentConsent created = new CurrentConsent(Ids.newId(), customerId, consent.purpose());
            data.em().persist(created);
            return created;
        });
        current.follow(event.id(), consent.state(), consent.source(), now);
        // a concurrent first consent for this purpose made the projection: the run again follows it
        ConcurrentChange.flush(
                data.em(), "ux_consent_current", "the consent of customer " + customerId + " for " + consent.purpose());
        // after the flush: its bulk update would flush the projection first, outside the check above
        customers.activeAt(customerId, now);
    }

    /** The current state and the history of a customer's consents (consent.read on the customer). */
    @Transactional
    public ConsentOverview overview(Caller caller, String customerId) {
        customers.require(caller, customerId, READ, List.of("consents"));
        return overviewOf(customerId);
    }

    @Transactional
    public ConsentOverview overviewOf(String customerId) {
        List<ConsentOverview.State> current = data.em()
                .createQuery(
                        "SELECT c FROM CurrentConsent c WHERE c.customerId = :customer ORDER BY c.purpose",
                        CurrentConsent.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .map(c -> new ConsentOverview.State(c.purpose(), c.state(), c.source(), c.gpc(), c.since()))
                .toList();
        return new ConsentOverview(current, history(customerId));
    }

    List<ConsentRecord> history(String customerId) {
        return data.em()
                .createQuery(
                        "SELECT e FROM ConsentEvent e WHERE e.customerId = :customer ORDER BY e.id", ConsentEvent.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .map(ConsentEvent::record)
                .toList();
    }

    public Optional<CurrentConsent> current(String customerId, String purpose) {
        return data.em()
                .createQuery(
                        "SELECT c FROM CurrentConsent c WHERE c.customerId = :customer AND c.purpose = :purpose",
                        CurrentConsent.class)
                .setParameter("customer", customerId)
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst();
    }

    /** Erasure: the events stay (they are facts), their free texts go. */
    @Transactional
    public void blankPersonalData(String customerId) {
        Instant now = clock.instant();
        data.em()
                .createQuery("SELECT e FROM ConsentEvent e WHERE e.customerId = :customer", ConsentEvent.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(event -> event.blankPersonalData(now));
    }
}
