package io.custos.customers.customer;

import io.custos.customers.api.CustomersListed;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.ListLimits;
import io.custos.platform.access.Subject;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The customers the caller may read, filtered; the reach of their grants is part of the query. */
@ApplicationScoped
public class CustomerListing {

    @Inject
    TenantData data;

    @Inject
    AccessDecisions decisions;

    @Inject
    CustomerViews views;

    @Inject
    Clock clock;

    @Inject
    Event<CustomersListed> listed;

    @Transactional
    public Page<CustomerView> list(Caller caller, String q, String storeId, String country, PageRequest request) {
        ListLimits limits = decisions.limits(Subject.of(caller), CustomerViews.READ);
        if (limits.none()) {
            return new Page<>(List.of(), null);
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c WHERE c.deletedAt IS NULL");
        Map<String, Object> parameters = new LinkedHashMap<>();
        limits.clause("c", caller.staffId(), parameters)
                .ifPresent(clause -> jpql.append(" AND ").append(clause));
        if (q != null && !q.isBlank()) {
            jpql.append(" AND (LOWER(c.familyName) LIKE :q OR LOWER(c.givenName) LIKE :q OR LOWER(c.email) LIKE :q)");
            parameters.put(
                    "q", q.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (storeId != null) {
            jpql.append(" AND c.storeId = :store");
            parameters.put("store", storeId);
        }
        if (country != null) {
            jpql.append(" AND c.country = :country");
            parameters.put("country", country);
        }
        if (request.after() != null) {
            jpql.append(" AND c.id > :after");
            parameters.put("after", request.after());
        }
        TypedQuery<Customer> query =
                data.em().createQuery(jpql.append(" ORDER BY c.id").toString(), Customer.class);
        parameters.forEach(query::setParameter);
        Page<CustomerView> page = Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                Customer::id,
                c -> views.view(c, false));
        if (!page.items().isEmpty()) {
            listed.fire(new CustomersListed(
                    caller.tenantId(),
                    caller.staffId(),
                    q != null && !q.isBlank(),
                    storeId,
                    country,
                    page.items().stream().map(CustomerView::id).toList(),
                    clock.instant()));
        }
        return page;
    }
}
