package io.custos.customers.customer;

import io.custos.customers.access.CustomerAccess;
import io.custos.customers.datakey.FieldCipher;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;

/** A customer as the caller may see them; SENSITIVE and FINANCIAL only with customer.read.sensitive. */
@ApplicationScoped
public class CustomerViews {

    static final String READ = "customer.read";
    static final String READ_SENSITIVE = "customer.read.sensitive";

    @Inject
    Customers customers;

    @Inject
    CustomerAccess access;

    @Inject
    FieldCipher cipher;

    @Inject
    SensitiveAttributes sensitiveAttributes;

    /** The customer as the caller may see them, a read on their access log. */
    @Transactional
    public Read read(Caller caller, String id) {
        Customer customer = customers.get(id);
        boolean sensitive = access.requireReleasing(
                caller, customer.facts(caller.tenantId()), READ, Customer.VISIBLE, READ_SENSITIVE, Customer.PROTECTED);
        return new Read(view(customer, sensitive), customer.version());
    }

    /** A read customer and the version its ETag names. */
    public record Read(CustomerView view, long version) {}

    /** The view that follows a change: what the caller may see now. */
    @Transactional
    public CustomerView viewAfterChange(Caller caller, Customer customer) {
        return view(customer, access.permits(caller, READ_SENSITIVE, customer.facts(caller.tenantId())));
    }

    CustomerView view(Customer c, boolean sensitive) {
        List<String> masked = sensitive
                ? List.of()
                : Stream.concat(Customer.PROTECTED.stream(), sensitiveAttributes.masked().stream())
                        .toList();
        return new CustomerView(
                c.id(),
                c.storeId(),
                c.ownerId(),
                c.teamId(),
                c.givenName(),
                c.familyName(),
                c.country(),
                c.subdivision(),
                c.email(),
                c.phone(),
                sensitive ? cipher.open(c.id(), c.customerKey(), "birthDate", c.sealedBirthDate()) : null,
                sensitive ? financial(c, "lifetimeValue") : null,
                sensitive ? whole(financial(c, "loyaltyPoints")) : null,
                sensitive ? whole(financial(c, "purchaseCount")) : null,
                sensitive ? financial(c, "lastPurchaseOn") : null,
                sensitiveAttributes.visible(c, sensitive),
                masked);
    }

    private String financial(Customer c, String field) {
        return cipher.open(c.id(), c.customerKey(), field, c.sealedFinancial(field));
    }

    private static Integer whole(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
