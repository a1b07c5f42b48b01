package io.custos.identity.context;

import io.custos.identity.api.StaffContacts;
import io.custos.identity.review.Overseers;
import io.custos.identity.staff.Staff;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class IdentityStaffContacts implements StaffContacts {

    /** Ids per IN list: well under any database's parameter limit. */
    private static final int CHUNK = 500;

    @Inject
    TenantData data;

    @Inject
    Overseers overseers;

    @Override
    public Map<String, Contact> activeContacts(Collection<String> staffIds) {
        Map<String, Contact> contacts = new HashMap<>();
        staff(staffIds).stream()
                .filter(Staff::isActive)
                .forEach(s -> contacts.put(s.id(), new Contact(s.id(), s.username(), s.displayName(), s.email())));
        return contacts;
    }

    @Override
    public Map<String, String> overseers(Collection<String> staffIds) {
        Overseers.Overseeing overseeing = overseers.now();
        Map<String, String> byStaff = new HashMap<>();
        staff(staffIds).forEach(s -> overseeing.of(s).ifPresent(overseer -> byStaff.put(s.id(), overseer)));
        return byStaff;
    }

    @Override
    public Set<String> staffWithGrantBoundaryIn(Instant after, Instant until) {
        return new HashSet<>(data.em()
                .createQuery(
                        "SELECT DISTINCT g.staffId FROM Grant g WHERE g.revokedAt IS NULL"
                                + " AND ((g.validFrom > :after AND g.validFrom <= :until)"
                                + " OR (g.validUntil > :after AND g.validUntil <= :until))",
                        String.class)
                .setParameter("after", after)
                .setParameter("until", until)
                .getResultList());
    }

    private List<Staff> staff(Collection<String> ids) {
        List<String> all = List.copyOf(new HashSet<>(ids));
        List<Staff> found = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(data.em()
                    .createQuery("SELECT s FROM Staff s WHERE s.id IN :ids", Staff.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        return found;
    }
}
