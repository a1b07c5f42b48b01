package io.custos.customers.api;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.security.Caller;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Customers for other modules: each call decides the caller's access to the customer and records
 * it (a refusal throws 403 naming the gate); an unknown, deleted or other tenant's customer is a 404.
 */
public interface CustomerRecords {

    /** Decides and records {@code action} on the customer's {@code fields}; its facts when allowed. */
    CustomerFacts require(Caller caller, String customerId, String action, List<String> fields);

    /**
     * The facts of the customers a selection chooses whose data still exists (deleted ones too, until
     * erased), in id order after {@code afterId} (null: from the first), at most {@code limit}. Decides
     * nothing and records nothing: for tenant-wide duties such as a breach's notifications, whose
     * callers hold a permission of their own.
     */
    List<CustomerFacts> select(CustomerSelection selection, String afterId, int limit);

    /**
     * The customer acted at {@code at} (gave or withdrew a consent, filed a privacy request): the
     * retention of inactive customers counts from their last activity. Decides nothing.
     */
    void activeAt(String customerId, java.time.Instant at);

    /** The contact fields of customers already selected by a query in scope, in the order given. */
    List<Contact> contacts(List<String> customerIds);

    /** Every field of the customer, sensitive ones opened: a data-subject access bundle's part. */
    Map<String, Object> everything(Caller caller, String customerId, String action);

    /** Applies a rectification (the fields of a PATCH) without a version check. */
    void rectify(Caller caller, String customerId, String action, JsonObject changes);

    /** Crypto-shreds and blanks the customer's personal data; the id stays as a pseudonym. */
    void erase(Caller caller, String customerId, String action);

    /**
     * Seals bytes kept for the customer (an access request's archive) under the customer's own key,
     * which the tenant's data key wraps: a data-key rotation leaves them readable, the customer's
     * erasure shreds them. {@code label} is bound to them (they open under the same label only).
     * Decides nothing: the caller decided already when reading what is sealed.
     */
    byte[] seal(String customerId, String label, byte[] plaintext);

    /** Opens what {@link #seal} sealed, once the caller may see every field; recorded under {@code action}. */
    byte[] open(Caller caller, String customerId, String action, String label, byte[] sealed);

    /**
     * Whether {@code contact} is the e-mail address (any case) or the phone number (its digits) the
     * customer registered with; false for an unknown, deleted or erased customer, by the same one
     * read, so the answer tells nothing of whether the customer exists. Records nothing.
     */
    boolean reachableAt(String customerId, String contact);

    /** What a segment lists of a customer: enough to contact them. */
    record Contact(
            String id,
            String givenName,
            String familyName,
            String email,
            String phone,
            String country,
            String storeId) {}
}
