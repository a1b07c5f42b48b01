package io.custos.customers.customer;

import io.custos.customers.access.CustomerAccess;
import io.custos.customers.datakey.FieldCipher;
import io.custos.identity.api.People;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.geo.Countries;
import io.custos.platform.id.Ids;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePacks;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A new customer in a store of the tenant, owned by the caller or the staff member they name. */
@ApplicationScoped
public class CustomerCreation {

    @Inject
    TenantData data;

    @Inject
    CustomerAccess access;

    @Inject
    FieldCipher cipher;

    @Inject
    StoreDirectory stores;

    @Inject
    People people;

    @Inject
    RulePacks packs;

    @Inject
    SensitiveAttributes sensitiveAttributes;

    @Inject
    CustomerProfiles profiles;

    @Inject
    CustomerViews views;

    @Inject
    Clock clock;

    @Transactional
    public CustomerView create(Caller caller, NewCustomer request) {
        Customer customer =
                row(caller, request, facts -> access.require(caller, "customer.create", facts, Customer.VISIBLE));
        data.em().persist(customer);
        profiles.announce(caller.tenantId(), customer, true);
        return views.view(customer, false);
    }

    /**
     * The new customer's row, checked, sealed and ready to persist; {@code decide} sees its facts
     * before anything is sealed and refuses by throwing. Package-private for the benchmarks' path
     * that inserts the same row without the decision and the audit (#18, P5).
     */
    Customer row(Caller caller, NewCustomer request, java.util.function.Consumer<CustomerFacts> decide) {
        if (!Countries.isAlpha2(request.country())) {
            throw new InvalidInput("country", "is not an ISO 3166-1 alpha-2 country code");
        }
        StoreDirectory.StoreFacts store = stores.store(request.storeId())
                .orElseThrow(() -> new InvalidInput("storeId", "no such store in this tenant"));
        String owner = request.ownerId() == null ? caller.staffId() : request.ownerId();
        if (!people.isActiveStaff(owner)) {
            throw new InvalidInput("ownerId", "no such active staff member");
        }
        if (request.teamId() != null && !people.teamExists(request.teamId())) {
            throw new InvalidInput("teamId", "no such team");
        }
        if (request.lifetimeValue() != null) {
            Customer.amount("lifetimeValue", request.lifetimeValue());
        }
        Customer.count("loyaltyPoints", request.loyaltyPoints());
        Customer.count("purchaseCount", request.purchaseCount());
        if (request.attributes() != null) {
            SensitiveAttributes.check(request.attributes());
        }
        Instant now = clock.instant();
        Customer customer = new Customer(
                Ids.newId(),
                new Customer.Place(
                        store.id(),
                        store.regionId(),
                        request.country(),
                        request.subdivision(),
                        packs.governing(request.country(), request.subdivision())
                                .code()),
                new Customer.Ownership(owner, request.teamId()),
                new Customer.Identity(
                        request.givenName(), request.familyName(), request.email(), request.phone(), null),
                now);
        decide.accept(customer.facts(caller.tenantId()));
        customer.keyWith(cipher.newCustomerKey(customer.id()));
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        sensitiveAttributes.requireConsentToWrite(customer, attributes.keySet());
        sensitiveAttributes.store(customer, attributes, sensitiveAttributes.names());
        customer.seal(
                seal(customer, "birthDate", Objects.toString(request.birthDate(), null)),
                request.birthDate() == null ? null : request.birthDate().getYear(),
                seal(
                        customer,
                        "lifetimeValue",
                        request.lifetimeValue() == null
                                ? null
                                : request.lifetimeValue().toPlainString()),
                seal(customer, "loyaltyPoints", Objects.toString(request.loyaltyPoints(), null)));
        customer.sealFinancial(
                "purchaseCount", seal(customer, "purchaseCount", Objects.toString(request.purchaseCount(), null)));
        customer.sealFinancial(
                "lastPurchaseOn", seal(customer, "lastPurchaseOn", Objects.toString(request.lastPurchaseOn(), null)));
        return customer;
    }

    private String seal(Customer customer, String field, String value) {
        return cipher.seal(customer.id(), customer.customerKey(), field, value);
    }
}
