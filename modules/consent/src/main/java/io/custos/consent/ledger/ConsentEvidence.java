package io.custos.consent.ledger;

import io.custos.consent.subject.ConsentSubject;
import io.custos.consent.subject.ConsentSubjects;
import io.custos.platform.events.ChainedRecords;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Holds consent events to the evidence hash their {@code consent.record} entries carry: an event
 * whose notice, evidence or guardian was edited, or that was deleted, is altered; one blanked by
 * erasure holds only while its customer is erased.
 */
@ApplicationScoped
public class ConsentEvidence implements ChainedRecords {

    @Inject
    TenantData data;

    @Inject
    ConsentSubjects subjects;

    @Override
    public String action() {
        return Consents.RECORD;
    }

    @Override
    public String idKey() {
        return "eventId";
    }

    @Override
    public String hashKey() {
        return "evidenceSha256";
    }

    @Override
    @Transactional
    public Set<String> altered(Map<String, String> hashesOnTrail) {
        Set<String> altered = new HashSet<>(hashesOnTrail.keySet());
        data.em()
                .createQuery("SELECT e FROM ConsentEvent e WHERE e.id IN :ids", ConsentEvent.class)
                .setParameter("ids", hashesOnTrail.keySet())
                .getResultStream()
                .filter(event -> event.hashesTo(hashesOnTrail.get(event.id())))
                .filter(event -> !event.erased()
                        || subjects.find(event.customerId())
                                .filter(ConsentSubject::erased)
                                .isPresent())
                .forEach(event -> altered.remove(event.id()));
        return altered;
    }
}
