package io.custos.customers.customer;

import io.custos.customers.access.CustomerAccess;
import io.custos.customers.api.CustomerRecords;
import io.custos.customers.api.CustomerSelection;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.CustomerPlaces;
import io.custos.platform.access.KnownCustomers;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Customers as other modules (consent, data-subject requests) use them. */
@ApplicationScoped
public class CustomerRecordsService implements CustomerRecords, KnownCustomers, CustomerPlaces {

    @Inject
    Customers customers;

    @Inject
    CustomerAccess access;

    @Override
    @Transactional
    public CustomerFacts require(Caller caller, String customerId, String action, List<String> fields) {
        CustomerFacts facts = customers.get(customerId).facts(caller.tenantId());
        access.require(caller, action, facts, fields);
        return facts;
    }

    @Override
    @Transactional
    public boolean exists(String customerId) {
        return customers.find(customerId).isPresent();
    }

    @Override
    public List<CustomerFacts> select(CustomerSelection selection, String afterId, int limit) {
        return customers.select(selection, afterId, limit);
    }

    @Override
    @Transactional
    public List<Place> placesOf(java.util.Collection<String> customerIds) {
        return customers.placesOf(customerIds);
    }

    @Override
    public void activeAt(String customerId, java.time.Instant at) {
        customers.activeAt(customerId, at);
    }

    @Override
    @Transactional
    public boolean reachableAt(String customerId, String contact) {
        return customers.find(customerId).filter(c -> c.reachableAt(contact)).isPresent();
    }

    @Override
    public List<Contact> contacts(List<String> customerIds) {
        return customers.contacts(customerIds);
    }

    @Override
    public Map<String, Object> everything(Caller caller, String customerId, String action) {
        return customers.everything(caller, customerId, action);
    }

    @Override
    public void rectify(Caller caller, String customerId, String action, JsonObject changes) {
        customers.rectify(caller, customerId, action, changes);
    }

    @Override
    public void erase(Caller caller, String customerId, String action) {
        customers.erase(caller, customerId, action);
    }

    @Override
    public byte[] seal(String customerId, String label, byte[] plaintext) {
        return customers.seal(customerId, label, plaintext);
    }

    @Override
    public byte[] open(Caller caller, String customerId, String action, String label, byte[] sealed) {
        return customers.open(caller, customerId, action, label, sealed);
    }
}
