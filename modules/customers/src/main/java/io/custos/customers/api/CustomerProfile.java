package io.custos.customers.api;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.tenancy.TenantId;
import java.time.LocalDate;

/**
 * What other modules may keep of a customer to decide on their own (consent's lawfulness and
 * segments): where the customer belongs and whether they are a minor. Raised in the transaction of
 * every change to these facts; not an audit entry (the change is audited as a customer access).
 *
 * @param turns18On the customer's 18th birthday while it is still ahead, else null (also when the
 *     birth date is unknown): enough to tell a minor under any consent age up to 18, without the
 *     birth date itself
 */
public record CustomerProfile(CustomerFacts facts, LocalDate turns18On, Status status) {

    /** A deleted customer is hidden; an erased one has no personal data left. */
    public enum Status {
        ACTIVE,
        DELETED,
        ERASED
    }

    public TenantId tenantId() {
        return facts.tenantId();
    }

    public String customerId() {
        return facts.customerId();
    }
}
