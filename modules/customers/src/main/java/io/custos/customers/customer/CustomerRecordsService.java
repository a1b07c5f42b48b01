package io.custos.customers.customer;

import io.custos.customers.api.CustomerRecords;
import io.custos.customers.api.CustomerSelection;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.CustomerPlaces;
import io.custos.platform.access.KnownCustomers;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Customers as other modules (consent, data-subject requests) use them. */
@ApplicationScoped
public class CustomerRecordsService implements CustomerRecords, KnownCustomers, CustomerPlaces {

    @Inject
    TenantData data;

    @Inject
    Customers customers;

    @Inject
    CustomerChanges customerChanges;

    @Inject
    CustomerDeletion deletion;

    @Inject
    SubjectAccess subjectAccess;

    @Override
    @Transactional
    public CustomerFacts require(Caller caller, String customerId, String action, List<String> fields) {
        return customers.require(caller, customerId, action, fields).facts(caller.tenantId());
    }

    @Override
    @Transactional
    public boolean exists(String customerId) {
        return customers.find(customerId).isPresent();
    }

    /** The criteria in SQL, one page in id order. */
    @Override
    @Transactional
    public List<CustomerFacts> select(CustomerSelection selection, String afterId, int limit) {
        if (selection.namesNothing()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c WHERE c.erasedAt IS NULL");
        Map<String, Object> parameters = new LinkedHashMap<>();
        restrict(jpql, parameters, "c.storeId", "stores", selection.storeIds());
        restrict(jpql, parameters, "c.regionId", "regions", selection.regionIds());
        restrict(jpql, parameters, "c.country", "countries", selection.countries());
        restrict(jpql, parameters, "c.id", "ids", selection.customerIds());
        if (afterId != null) {
            jpql.append(" AND c.id > :after");
            parameters.put("after", afterId);
        }
        TypedQuery<Customer> query =
                data.em().createQuery(jpql.append(" ORDER BY c.id").toString(), Customer.class);
        parameters.forEach(query::setParameter);
        TenantId tenant = TenantScope.required();
        return query.setMaxResults(limit)
                .getResultStream()
                .map(c -> c.facts(tenant))
                .toList();
    }

    private static void restrict(
            StringBuilder jpql, Map<String, Object> parameters, String column, String name, List<String> values) {
        if (!values.isEmpty()) {
            jpql.append(" AND ").append(column).append(" IN :").append(name);
            parameters.put(name, values);
        }
    }

    /** Where the given customers live (erased ones too: their country stays with the pseudonym). */
    @Override
    @Transactional
    public List<Place> placesOf(Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        if (customerIds.size() == 1) {
            // a single read: the customer is in this transaction's persistence context already (#18)
            Customer customer =
                    data.em().find(Customer.class, customerIds.iterator().next());
            return customer == null
                    ? List.of()
                    : List.of(new Place(customer.id(), customer.country(), customer.subdivision()));
        }
        return data
                .em()
                .createQuery("SELECT c.id, c.country, c.subdivision FROM Customer c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(customerIds))
                .getResultList()
                .stream()
                .map(row -> new Place((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /**
     * The customer acted at {@code at} (a consent, a privacy request): a bulk update, so that the
     * customer's version, and the ETag a client holds, stay as they are.
     */
    @Override
    @Transactional
    public void activeAt(String customerId, Instant at) {
        data.em()
                .createQuery("UPDATE Customer c SET c.lastActiveAt = :at WHERE c.id = :id AND c.lastActiveAt < :at")
                .setParameter("at", at)
                .setParameter("id", customerId)
                .executeUpdate();
    }

    @Override
    @Transactional
    public boolean reachableAt(String customerId, String contact) {
        return customers.find(customerId).filter(c -> c.reachableAt(contact)).isPresent();
    }

    /** The contact fields of customers by id, in the order given (a page chosen by a scoped query). */
    @Override
    public List<Contact> contacts(List<String> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        Map<String, Customer> found = new HashMap<>();
        data.em()
                .createQuery("SELECT c FROM Customer c WHERE c.id IN :ids AND c.deletedAt IS NULL", Customer.class)
                .setParameter("ids", customerIds)
                .getResultList()
                .forEach(c -> found.put(c.id(), c));
        return customerIds.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .map(c -> new Contact(
                        c.id(), c.givenName(), c.familyName(), c.email(), c.phone(), c.country(), c.storeId()))
                .toList();
    }

    @Override
    public Map<String, Object> everything(Caller caller, String customerId, String action) {
        return subjectAccess.everything(caller, customerId, action);
    }

    @Override
    public void rectify(Caller caller, String customerId, String action, JsonObject changes) {
        customerChanges.rectify(caller, customerId, action, changes);
    }

    @Override
    public void erase(Caller caller, String customerId, String action) {
        deletion.erase(caller, customerId, action);
    }

    @Override
    public byte[] seal(String customerId, String label, byte[] plaintext) {
        return subjectAccess.seal(customerId, label, plaintext);
    }

    @Override
    public byte[] open(Caller caller, String customerId, String action, String label, byte[] sealed) {
        return subjectAccess.open(caller, customerId, action, label, sealed);
    }
}
