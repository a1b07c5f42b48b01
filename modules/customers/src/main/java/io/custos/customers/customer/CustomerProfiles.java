package io.custos.customers.customer;

import io.custos.customers.api.CustomerProfile;
import io.custos.customers.datakey.FieldCipher;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.regions.api.RulePack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Tells other modules what they keep of a customer (consent's lawfulness, segments). */
@ApplicationScoped
public class CustomerProfiles {

    @Inject
    TenantData data;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @Inject
    Event<CustomerProfile> profiles;

    /** The customer as they are now: their place, their birth date while they may be a minor, their status. */
    void announce(TenantId tenant, Customer customer) {
        announce(tenant, customer, false);
    }

    /** Tells other modules what they keep of a customer; {@code created}: new in this transaction. */
    void announce(TenantId tenant, Customer customer, boolean created) {
        String birthDate = customer.isErased()
                ? null
                : cipher.open(customer.id(), customer.customerKey(), "birthDate", customer.sealedBirthDate());
        LocalDate bornOn = birthDate == null ? null : LocalDate.parse(birthDate);
        if (bornOn != null && !bornOn.plusYears(RulePack.OLDEST_CONSENT_AGE).isAfter(LocalDate.now(clock))) {
            bornOn = null;
        }
        CustomerProfile.Status status = customer.isErased()
                ? CustomerProfile.Status.ERASED
                : customer.isDeleted() ? CustomerProfile.Status.DELETED : CustomerProfile.Status.ACTIVE;
        profiles.fire(new CustomerProfile(customer.facts(tenant), bornOn, status, created));
    }

    /**
     * Tells other modules again what they keep of the bound tenant's customers born in
     * {@code sinceYear} or later, a page after {@code afterId}: what they keep of a minor moves
     * with the calendar. Answers the page's last id, or null after the last page.
     */
    @Transactional
    public String reannounceBornSince(int sinceYear, String afterId, int page) {
        List<Customer> young = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.birthYear >= :year AND c.erasedAt IS NULL"
                                + " AND c.id > :after ORDER BY c.id",
                        Customer.class)
                .setParameter("year", sinceYear)
                .setParameter("after", afterId)
                .setMaxResults(page)
                .getResultList();
        TenantId tenant = TenantScope.required();
        young.forEach(customer -> announce(tenant, customer));
        return young.size() < page ? null : young.get(young.size() - 1).id();
    }
}
