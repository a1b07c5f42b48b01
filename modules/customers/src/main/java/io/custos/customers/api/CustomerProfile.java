package io.custos.customers.api;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.tenancy.TenantId;
import java.time.LocalDate;

/**
 * What other modules may keep of a customer to decide on their own (consent's lawfulness and
 * segments): where the customer belongs and whether they are a minor. Raised in the transaction of
 * every change to these facts; not an audit entry (the change is audited as a customer access).
 *
 * @param bornOn the customer's birth date while they are younger than
 *     {@link io.custos.regions.api.RulePack#OLDEST_CONSENT_AGE}, else null (also when unknown): enough
 *     to tell a minor under any consent age a pack or a tenant may set, and nothing of adults
 * @param created the customer was created in this transaction: nothing is kept of them yet
 */
public record CustomerProfile(CustomerFacts facts, LocalDate bornOn, Status status, boolean created) {

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
