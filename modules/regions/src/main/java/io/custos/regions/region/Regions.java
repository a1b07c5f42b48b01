package io.custos.regions.region;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RegionCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The bound tenant's regions. */
@ApplicationScoped
public class Regions {

    @Inject
    TenantData data;

    @Inject
    Event<RegionCreated> created;

    @Inject
    Clock clock;

    public Optional<Region> find(String id) {
        return Optional.ofNullable(data.em().find(Region.class, id));
    }

    @Transactional
    public RegionView create(Caller caller, NewRegion request) {
        if (byCode(request.code()).isPresent()) {
            throw duplicate(request.code());
        }
        Instant now = clock.instant();
        Region region = new Region(request.code(), request.name(), now);
        data.em().persist(region);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_regions_region_code")) {
                throw duplicate(request.code());
            }
            throw e;
        }
        created.fire(
                new RegionCreated(caller.tenantId(), caller.staffId(), region.id(), region.code(), region.name(), now));
        return RegionView.of(region);
    }

    @Transactional
    public RegionView view(String id) {
        return RegionView.of(find(id).orElseThrow(() -> new NotFound("region", id)));
    }

    @Transactional
    public Page<RegionView> page(PageRequest request) {
        TypedQuery<Region> query = request.after() == null
                ? data.em().createQuery("SELECT r FROM Region r ORDER BY r.id", Region.class)
                : data.em()
                        .createQuery("SELECT r FROM Region r WHERE r.id > :after ORDER BY r.id", Region.class)
                        .setParameter("after", request.after());
        return Page.of(query.setMaxResults(request.probeSize()).getResultList(), request, Region::id, RegionView::of);
    }

    public Optional<Region> byCode(String code) {
        return data.em()
                .createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private static Conflict duplicate(String code) {
        return new Conflict("region-exists", "a region with the code '" + code + "' exists already");
    }
}
