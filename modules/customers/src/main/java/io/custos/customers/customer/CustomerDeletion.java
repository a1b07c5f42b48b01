package io.custos.customers.customer;

import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A customer deleted by staff (kept for the deleted customers' retention, then erased) or erased
 * at once at the data subject's request.
 */
@ApplicationScoped
public class CustomerDeletion {

    @Inject
    TenantData data;

    @Inject
    Customers customers;

    @Inject
    CustomerProfiles profiles;

    @Inject
    Clock clock;

    @Transactional
    public void delete(Caller caller, String id) {
        Customer customer = customers.require(caller, id, "customer.delete", List.of());
        customer.delete(clock.instant());
        profiles.announce(caller.tenantId(), customer);
    }

    /** Crypto-shreds and blanks the customer (a data-subject erasure); recorded under {@code action}. */
    @Transactional
    public void erase(Caller caller, String id, String action) {
        Customer customer = customers.require(caller, id, action, Customer.ALL_FIELDS);
        customer.erase(clock.instant());
        data.em().flush();
        profiles.announce(caller.tenantId(), customer);
    }
}
