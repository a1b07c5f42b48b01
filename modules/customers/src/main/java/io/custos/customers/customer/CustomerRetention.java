package io.custos.customers.customer;

import io.custos.customers.api.DeletedCustomersPurged;
import io.custos.customers.api.InactiveCustomersErased;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The retention of customers, a page per call and transaction (so the caller commits as it goes),
 * each page on the audit trail: deleted customers and inactive ones are erased once their time is up.
 */
@ApplicationScoped
public class CustomerRetention {

    @Inject
    TenantData data;

    @Inject
    CustomerProfiles profiles;

    @Inject
    Clock clock;

    @Inject
    Event<DeletedCustomersPurged> purged;

    @Inject
    Event<InactiveCustomersErased> inactiveErased;

    /** Erases a page of the customers deleted before {@code cutoff}; answers how many were erased. */
    @Transactional
    public int purgeDeleted(String actorId, Instant cutoff, int retentionDays, int page) {
        List<Customer> due = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.deletedAt < :cutoff AND c.erasedAt IS NULL ORDER BY c.id",
                        Customer.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(page)
                .getResultList();
        TenantId tenant = TenantScope.required();
        Instant now = erase(tenant, due);
        if (!due.isEmpty()) {
            purged.fire(new DeletedCustomersPurged(
                    tenant,
                    actorId,
                    tenant.value(),
                    due.stream().map(Customer::id).toList(),
                    retentionDays,
                    now));
        }
        return due.size();
    }

    /**
     * Erases a page of the pack's customers inactive since before {@code inactiveSince}; answers how
     * many were erased.
     */
    @Transactional
    public int eraseInactive(String actorId, String pack, Instant inactiveSince, int retentionMaxDays, int page) {
        List<Customer> due = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.packCode = :pack AND c.lastActiveAt < :since"
                                + " AND c.erasedAt IS NULL ORDER BY c.id",
                        Customer.class)
                .setParameter("pack", pack)
                .setParameter("since", inactiveSince)
                .setMaxResults(page)
                .getResultList();
        TenantId tenant = TenantScope.required();
        Instant now = erase(tenant, due);
        if (!due.isEmpty()) {
            inactiveErased.fire(new InactiveCustomersErased(
                    tenant,
                    actorId,
                    pack,
                    due.stream().map(Customer::id).toList(),
                    retentionMaxDays,
                    inactiveSince,
                    now));
        }
        return due.size();
    }

    /** Erases and announces each customer; answers when. */
    private Instant erase(TenantId tenant, List<Customer> due) {
        Instant now = clock.instant();
        for (Customer customer : due) {
            customer.erase(now);
            profiles.announce(tenant, customer);
        }
        return now;
    }
}
