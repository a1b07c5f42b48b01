package io.custos.customers.customer;

import io.custos.customers.access.CustomerAccess;
import io.custos.customers.api.CustomersReassigned;
import io.custos.identity.api.People;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Customers given to another owner (and team): one at a time, or all of one staff member's at once. */
@ApplicationScoped
public class CustomerTransfers {

    /** Most customers one reassignment moves: one transaction, one decision per customer. */
    static final int MAX_REASSIGNED = 5_000;

    private static final String TRANSFER = "customer.transfer";
    private static final List<String> OWNERS = List.of("ownerId", "teamId");

    @Inject
    TenantData data;

    @Inject
    Customers customers;

    @Inject
    CustomerAccess access;

    @Inject
    People people;

    @Inject
    CustomerProfiles profiles;

    @Inject
    Clock clock;

    @Inject
    Event<CustomersReassigned> reassigned;

    /** Gives the customer to another active staff member (and team): customer.transfer. */
    @Transactional
    public Customer transfer(Caller caller, String id, Transfer request) {
        Customer customer = customers.get(id);
        if (!people.isActiveStaff(request.ownerId())) {
            throw new InvalidInput("ownerId", "no such active staff member");
        }
        if (request.teamId() != null && !people.teamExists(request.teamId())) {
            throw new InvalidInput("teamId", "no such team");
        }
        access.require(caller, TRANSFER, customer.facts(caller.tenantId()), OWNERS);
        customer.transfer(request.ownerId(), request.teamId());
        data.em().flush();
        profiles.announce(caller.tenantId(), customer);
        return customer;
    }

    /**
     * Gives every customer of one staff member (typically offboarded) to another active one and
     * optionally a team, all or none: customer.transfer is decided over each customer, and one
     * refusal leaves every customer with its owner.
     */
    @Transactional
    public Reassignment.Done reassign(Caller caller, Reassignment request) {
        if (request.fromStaffId().equals(request.toStaffId())) {
            throw new InvalidInput("toStaffId", "must not be fromStaffId");
        }
        if (!people.staffExists(request.fromStaffId())) {
            throw new InvalidInput("fromStaffId", "no such staff member");
        }
        if (!people.isActiveStaff(request.toStaffId())) {
            throw new InvalidInput("toStaffId", "no such active staff member");
        }
        if (request.teamId() != null && !people.teamExists(request.teamId())) {
            throw new InvalidInput("teamId", "no such team");
        }
        List<Customer> owned = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.ownerId = :owner AND c.deletedAt IS NULL ORDER BY c.id",
                        Customer.class)
                .setParameter("owner", request.fromStaffId())
                .setMaxResults(MAX_REASSIGNED + 1)
                .getResultList();
        if (owned.size() > MAX_REASSIGNED) {
            throw new Unprocessable(
                    "too-many-customers",
                    "the staff member owns more than " + MAX_REASSIGNED
                            + " customers: transfer some of them one by one first");
        }
        for (Customer customer : owned) {
            access.require(caller, TRANSFER, customer.facts(caller.tenantId()), OWNERS);
            customer.transfer(request.toStaffId(), request.teamId());
        }
        data.em().flush();
        owned.forEach(customer -> profiles.announce(caller.tenantId(), customer));
        reassigned.fire(new CustomersReassigned(
                caller.tenantId(),
                caller.staffId(),
                request.fromStaffId(),
                request.toStaffId(),
                request.teamId(),
                owned.stream().map(Customer::id).toList(),
                request.reason().strip(),
                clock.instant()));
        return new Reassignment.Done(request.fromStaffId(), request.toStaffId(), request.teamId(), owned.size());
    }
}
