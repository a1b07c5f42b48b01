package io.custos.requests.request;

import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.requests.api.CustomerRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Requests customers file themselves: the same reception as staff's, the customer as the actor. */
@ApplicationScoped
public class CustomerRequestService implements CustomerRequests {

    @Inject
    PrivacyRequests requests;

    @Inject
    TenantData data;

    @Override
    @Transactional
    public Filed file(Caller subject, Kind kind, String note) {
        PrivacyRequestView received = requests.receive(
                subject,
                new NewPrivacyRequest(subject.staffId(), PrivacyRequest.Type.valueOf(kind.name()), note, null));
        return filed(requests.find(received.id()).summary());
    }

    @Override
    @Transactional
    public List<Filed> of(String customerId) {
        return data.em()
                .createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.customerId = :customer ORDER BY r.receivedAt DESC, r.id DESC",
                        PrivacyRequest.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .map(r -> filed(r.summary()))
                .toList();
    }

    private static Filed filed(PrivacyRequest.Summary summary) {
        return new Filed(
                summary.id(),
                summary.type().name(),
                summary.status().name(),
                summary.receivedAt(),
                summary.dueAt(),
                summary.acknowledgedAt(),
                summary.fulfilledAt());
    }
}
