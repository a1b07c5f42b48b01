package io.custos.identity.staff;

import io.custos.identity.grant.AdminReach;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the bound tenant's staff; another tenant's ids are simply not there. */
@ApplicationScoped
public class StaffDirectory {

    @Inject
    TenantData data;

    public Optional<Staff> find(String id) {
        return Optional.ofNullable(data.em().find(Staff.class, id));
    }

    public Staff get(String id) {
        return find(id).orElseThrow(() -> new NotFound("staff", id));
    }

    public Optional<Staff> byUsername(String username) {
        return data.em()
                .createQuery("SELECT s FROM Staff s WHERE s.username = :username", Staff.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Every account with this e-mail, compared without case (e-mails are not unique among staff). */
    public java.util.List<Staff> byEmail(String email) {
        return data.em()
                .createQuery("SELECT s FROM Staff s WHERE LOWER(s.email) = :email", Staff.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(2)
                .getResultList();
    }

    public java.util.List<String> activeIds() {
        return data.em()
                .createQuery("SELECT s.id FROM Staff s WHERE s.status = :active ORDER BY s.id", String.class)
                .setParameter("active", Staff.Status.ACTIVE)
                .getResultList();
    }

    /** The longest search text {@link #page} accepts. */
    public static final int MAX_SEARCH = 100;

    /**
     * A page in id order of the staff within {@code reach} (by home store); with {@code q}, only
     * staff whose username, display name or e-mail address contains it, ignoring case.
     */
    public Page<StaffView> page(String q, AdminReach.Reach reach, PageRequest request) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM Staff s WHERE 1 = 1");
        if (!reach.tenantWide()) {
            if (reach.stores().isEmpty()) {
                return Page.of(List.<Staff>of(), request, Staff::id, StaffView::of);
            }
            jpql.append(" AND s.homeStoreId IN :stores");
        }
        String pattern = null;
        if (q != null && q.length() > MAX_SEARCH) {
            throw new InvalidInput("q", "must be at most " + MAX_SEARCH + " characters");
        }
        if (q != null && !q.isBlank()) {
            String text = q.strip();
            jpql.append(" AND (LOWER(s.username) LIKE :q OR LOWER(s.displayName) LIKE :q OR LOWER(s.email) LIKE :q)");
            pattern = "%"
                    + text.toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
        }
        if (request.after() != null) {
            jpql.append(" AND s.id > :after");
        }
        TypedQuery<Staff> query =
                data.em().createQuery(jpql.append(" ORDER BY s.id").toString(), Staff.class);
        if (pattern != null) {
            query.setParameter("q", pattern);
        }
        if (!reach.tenantWide()) {
            query.setParameter("stores", reach.stores());
        }
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        return Page.of(query.setMaxResults(request.probeSize()).getResultList(), request, Staff::id, StaffView::of);
    }

    public void add(Staff staff) {
        data.em().persist(staff);
    }

    public void flush() {
        data.em().flush();
    }
}
