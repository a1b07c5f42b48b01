package io.custos.identity.staff;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.NotFound;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
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

    public java.util.List<String> activeIds() {
        return data.em()
                .createQuery("SELECT s.id FROM Staff s WHERE s.status = :active ORDER BY s.id", String.class)
                .setParameter("active", Staff.Status.ACTIVE)
                .getResultList();
    }

    /** A page in id order. */
    public Page<StaffView> page(PageRequest request) {
        TypedQuery<Staff> query = request.after() == null
                ? data.em().createQuery("SELECT s FROM Staff s ORDER BY s.id", Staff.class)
                : data.em()
                        .createQuery("SELECT s FROM Staff s WHERE s.id > :after ORDER BY s.id", Staff.class)
                        .setParameter("after", request.after());
        return Page.of(query.setMaxResults(request.probeSize()).getResultList(), request, Staff::id, StaffView::of);
    }

    public void add(Staff staff) {
        data.em().persist(staff);
    }

    public void flush() {
        data.em().flush();
    }
}
