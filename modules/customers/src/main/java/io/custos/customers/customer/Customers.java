package io.custos.customers.customer;

import io.custos.customers.access.CustomerAccess;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Customers of the bound tenant by id, for the use cases around them (creation, changes,
 * transfers, erasure…), each of which decides the caller's access to the customer it found.
 */
@ApplicationScoped
public class Customers {

    @Inject
    TenantData data;

    @Inject
    CustomerAccess access;

    Customer get(String id) {
        return find(id).orElseThrow(() -> new NotFound("customer", id));
    }

    /** The customer, once the caller may do {@code action} to its {@code fields}: the access on its log. */
    Customer require(Caller caller, String id, String action, List<String> fields) {
        Customer customer = get(id);
        access.require(caller, action, customer.facts(caller.tenantId()), fields);
        return customer;
    }

    /** The bound tenant's customer, unless there is none or it was deleted. */
    Optional<Customer> find(String id) {
        return Optional.ofNullable(data.em().find(Customer.class, id)).filter(c -> !c.isDeleted());
    }
}
