package io.custos.customers.customer;

import io.custos.customers.access.CustomerAccess;
import io.custos.customers.datakey.FieldCipher;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.versioning.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes to a customer's own fields: staff's merge patches and the rectifications a data subject asks for. */
@ApplicationScoped
public class CustomerChanges {

    @Inject
    TenantData data;

    @Inject
    Customers customers;

    @Inject
    CustomerAccess access;

    @Inject
    FieldCipher cipher;

    @Inject
    SensitiveAttributes sensitiveAttributes;

    @Inject
    CustomerProfiles profiles;

    @Inject
    Clock clock;

    /**
     * A JSON merge patch of the plain fields and birthDate (If-Match required). Changing birthDate
     * needs customer.read.sensitive besides customer.update: nobody writes what they may not read.
     */
    @Transactional
    public Customer update(Caller caller, String id, String ifMatch, JsonObject changes) {
        Customer customer = customers.get(id);
        Versions.requireMatch(ifMatch, customer.version());
        CustomerPatch patch = new CustomerPatch(changes);
        Map<String, List<String>> actions = new LinkedHashMap<>();
        actions.put("customer.update", patch.fields());
        List<String> protectedFields = new ArrayList<>(
                Customer.PROTECTED.stream().filter(patch::changes).toList());
        if (patch.changes("attributes")) {
            protectedFields.addAll(sensitiveAttributes.sensitiveIn(patch.attributes()));
        }
        if (!protectedFields.isEmpty()) {
            actions.put(CustomerViews.READ_SENSITIVE, protectedFields);
        }
        access.requireAll(caller, customer.facts(caller.tenantId()), actions);
        apply(caller, customer, patch);
        return customer;
    }

    /** A rectification the data subject asked for, under the handler's own action; no version check. */
    @Transactional
    public void rectify(Caller caller, String id, String action, JsonObject changes) {
        Customer customer = customers.get(id);
        CustomerPatch patch = new CustomerPatch(changes);
        access.require(caller, action, customer.facts(caller.tenantId()), patch.fields());
        apply(caller, customer, patch);
    }

    private void apply(Caller caller, Customer customer, CustomerPatch patch) {
        if (patch.changes("birthDate")) {
            String birthDate = patch.birthDate();
            customer.sealBirthDate(
                    cipher.seal(customer.id(), customer.customerKey(), "birthDate", birthDate),
                    birthDate == null ? null : LocalDate.parse(birthDate).getYear());
        }
        for (String field : Customer.FINANCIAL) {
            if (patch.changes(field)) {
                customer.sealFinancial(
                        field, cipher.seal(customer.id(), customer.customerKey(), field, patch.financial(field)));
                // a purchase summary changes with purchases: the customer was active
                customer.activeAt(clock.instant());
            }
        }
        if (patch.changes("givenName") || patch.changes("familyName")) {
            customer.rename(
                    patch.changes("givenName") ? patch.givenName() : customer.givenName(),
                    patch.changes("familyName") ? patch.familyName() : customer.familyName());
        }
        if (patch.changes("email") || patch.changes("phone")) {
            customer.contact(
                    patch.changes("email") ? patch.email() : customer.email(),
                    patch.changes("phone") ? patch.phone() : customer.phone());
        }
        if (patch.changes("attributes")) {
            sensitiveAttributes.patch(customer, patch.attributes());
        }
        data.em().flush();
        profiles.announce(caller.tenantId(), customer);
    }
}
