package io.custos.customers.customer;

import io.custos.customers.api.DataKeyRotated;
import io.custos.customers.datakey.FieldCipher;
import io.custos.platform.approval.FourEyes;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Replaces the tenant's data key: every customer key (deleted customers' too) is re-wrapped in
 * pages, in one transaction that holds the key row, so creations wait and reads see either the
 * old keys or the new ones.
 */
@ApplicationScoped
public class DataKeyRotation {

    /** The four-eyes action a tenant may hold: rotating its data key. */
    static final String ACTION = "DATA_KEY_ROTATION";

    /** Customers re-keyed (or re-sealed) between two flushes. */
    static final int PAGE = 1000;

    @Inject
    TenantData data;

    @Inject
    FourEyes fourEyes;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @Inject
    Event<DataKeyRotated> rotations;

    /** Answers how many customer keys were re-wrapped. */
    @Transactional
    public int rotate(Caller caller) {
        fourEyes.requireApproval(caller, ACTION, Map.of(), null);
        FieldCipher.Rotation rotation = cipher.rotation();
        int rotated = 0;
        String after = "";
        List<Customer> page = keyedAfter(after);
        while (!page.isEmpty()) {
            for (Customer customer : page) {
                customer.keyWith(rotation.rewrap(customer.id(), customer.customerKey()));
                rotated++;
            }
            after = page.get(page.size() - 1).id();
            data.em().flush();
            data.em().clear();
            page = keyedAfter(after);
        }
        rotation.commit();
        rotations.fire(new DataKeyRotated(
                caller.tenantId(), caller.staffId(), caller.tenantId().value(), rotated, clock.instant()));
        return rotated;
    }

    private List<Customer> keyedAfter(String after) {
        return data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.customerKey IS NOT NULL AND c.id > :after ORDER BY c.id",
                        Customer.class)
                .setParameter("after", after)
                .setMaxResults(PAGE)
                .getResultList();
    }
}
