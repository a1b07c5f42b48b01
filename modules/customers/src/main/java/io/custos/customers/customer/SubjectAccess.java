package io.custos.customers.customer;

import io.custos.customers.datakey.FieldCipher;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a data-subject request takes of a customer: every field opened for an access bundle, and
 * bytes sealed under the customer's own key, so that erasing the customer shreds them too.
 */
@ApplicationScoped
public class SubjectAccess {

    @Inject
    Customers customers;

    @Inject
    FieldCipher cipher;

    @Inject
    CustomerViews views;

    /** Every field opened, for a data-subject access bundle; recorded under {@code action}. */
    @Transactional
    public Map<String, Object> everything(Caller caller, String id, String action) {
        Customer customer = customers.require(caller, id, action, Customer.ALL_FIELDS);
        CustomerView view = views.view(customer, true);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", view.id());
        fields.put("givenName", view.givenName());
        fields.put("familyName", view.familyName());
        fields.put("email", view.email());
        fields.put("phone", view.phone());
        fields.put("birthDate", view.birthDate());
        fields.put("country", view.country());
        fields.put("subdivision", view.subdivision());
        fields.put("storeId", view.storeId());
        fields.put("ownerId", view.ownerId());
        fields.put("teamId", view.teamId());
        fields.put("lifetimeValue", view.lifetimeValue());
        fields.put("loyaltyPoints", view.loyaltyPoints());
        fields.put("purchaseCount", view.purchaseCount());
        fields.put("lastPurchaseOn", view.lastPurchaseOn());
        fields.put("attributes", view.attributes());
        fields.put("createdAt", customer.createdAt().toString());
        return fields;
    }

    /** Bytes sealed under the customer's own key (see {@link FieldCipher#sealBytes}); decides nothing. */
    @Transactional
    public byte[] seal(String id, String label, byte[] plaintext) {
        Customer customer = customers.get(id);
        return cipher.sealBytes(customer.id(), customer.customerKey(), label, plaintext);
    }

    /** Opens what {@link #seal} sealed, once the caller may see every field; recorded under {@code action}. */
    @Transactional
    public byte[] open(Caller caller, String id, String action, String label, byte[] sealed) {
        Customer customer = customers.require(caller, id, action, Customer.ALL_FIELDS);
        return cipher.openBytes(customer.id(), customer.customerKey(), label, sealed);
    }
}
