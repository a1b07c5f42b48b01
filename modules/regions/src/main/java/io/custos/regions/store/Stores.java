package io.custos.regions.store;

import io.custos.platform.geo.Countries;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePacks;
import io.custos.regions.api.StoreCreated;
import io.custos.regions.api.StoreDirectory;
import io.custos.regions.region.Region;
import io.custos.regions.region.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The bound tenant's stores; also the store directory other modules see through the platform. */
@ApplicationScoped
public class Stores implements StoreDirectory {

    @Inject
    TenantData data;

    @Inject
    Regions regions;

    @Inject
    RulePacks rulePacks;

    @Inject
    Event<StoreCreated> created;

    @Inject
    Clock clock;

    @Override
    public Optional<StoreFacts> store(String storeId) {
        return find(storeId).map(s -> new StoreFacts(s.id(), s.regionId(), s.country(), s.subdivision()));
    }

    @Override
    public boolean regionExists(String regionId) {
        return regions.find(regionId).isPresent();
    }

    @Override
    public Optional<String> storeIdByCode(String code) {
        return byCode(code).map(Store::id);
    }

    @Override
    public Optional<String> regionIdByCode(String code) {
        return regions.byCode(code).map(Region::id);
    }

    @Override
    public Optional<String> storeCode(String storeId) {
        return find(storeId).map(Store::code);
    }

    @Override
    public Optional<String> regionCode(String regionId) {
        return regions.find(regionId).map(Region::code);
    }

    @Override
    public java.util.List<ListedStore> stores() {
        java.util.Map<String, String> regionCodes = new java.util.HashMap<>();
        return data.em().createQuery("SELECT s FROM Store s ORDER BY s.code", Store.class).getResultList().stream()
                .map(s -> new ListedStore(
                        s.id(),
                        s.code(),
                        s.regionId(),
                        s.regionId() == null
                                ? null
                                : regionCodes.computeIfAbsent(
                                        s.regionId(),
                                        id -> regions.find(id).map(Region::code).orElse(null)),
                        s.country(),
                        s.subdivision()))
                .toList();
    }

    Optional<Store> find(String id) {
        return Optional.ofNullable(data.em().find(Store.class, id));
    }

    @Transactional
    public StoreView create(Caller caller, NewStore request) {
        if (!Countries.isAlpha2(request.country())) {
            throw new InvalidInput("country", "is not an ISO 3166-1 alpha-2 country code");
        }
        if (request.subdivision() != null && !request.subdivision().startsWith(request.country() + "-")) {
            throw new InvalidInput("subdivision", "must be a subdivision of " + request.country());
        }
        if (request.regionId() != null && regions.find(request.regionId()).isEmpty()) {
            throw new InvalidInput("regionId", "no such region in this tenant");
        }
        if (byCode(request.code()).isPresent()) {
            throw duplicate(request.code());
        }
        Instant now = clock.instant();
        Store store = new Store(
                request.code(), request.name(), request.country(), request.subdivision(), request.regionId(), now);
        data.em().persist(store);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_regions_store_code")) {
                throw duplicate(request.code());
            }
            throw e;
        }
        StoreView view = view(store);
        created.fire(new StoreCreated(
                caller.tenantId(),
                caller.staffId(),
                store.id(),
                store.code(),
                store.name(),
                store.country(),
                store.subdivision(),
                store.regionId(),
                view.rulePack(),
                now));
        return view;
    }

    @Transactional
    public StoreView view(String id) {
        return view(find(id).orElseThrow(() -> new NotFound("store", id)));
    }

    @Transactional
    public Page<StoreView> page(PageRequest request) {
        TypedQuery<Store> query = request.after() == null
                ? data.em().createQuery("SELECT s FROM Store s ORDER BY s.id", Store.class)
                : data.em()
                        .createQuery("SELECT s FROM Store s WHERE s.id > :after ORDER BY s.id", Store.class)
                        .setParameter("after", request.after());
        return Page.of(query.setMaxResults(request.probeSize()).getResultList(), request, Store::id, this::view);
    }

    private StoreView view(Store store) {
        return new StoreView(
                store.id(),
                store.code(),
                store.name(),
                store.country(),
                store.subdivision(),
                store.regionId(),
                rulePacks.governing(store.country(), store.subdivision()).code());
    }

    private Optional<Store> byCode(String code) {
        return data.em()
                .createQuery("SELECT s FROM Store s WHERE s.code = :code", Store.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private static Conflict duplicate(String code) {
        return new Conflict("store-exists", "a store with the code '" + code + "' exists already");
    }
}
