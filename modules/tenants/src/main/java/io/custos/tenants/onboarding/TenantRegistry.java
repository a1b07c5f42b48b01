package io.custos.tenants.onboarding;

import io.custos.platform.problem.NotFound;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Looks store chains up by slug or id; the directory other modules see through the platform. */
@ApplicationScoped
public class TenantRegistry implements TenantDirectory {

    @Inject
    TenantData data;

    /** A tenant's id, slug, name and headquarters never change: read once per process (#18). */
    private final Map<TenantId, TenantSummary> summaries = new ConcurrentHashMap<>();

    Optional<Tenant> findBySlug(String slug) {
        return data.sharedEm()
                .createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    Tenant get(String id) {
        return Optional.ofNullable(data.sharedEm().find(Tenant.class, id))
                .orElseThrow(() -> new NotFound("tenant", id));
    }

    @Override
    public Optional<TenantSummary> findActiveBySlug(String slug) {
        return findBySlug(slug).filter(Tenant::isActive).map(TenantRegistry::summary);
    }

    @Override
    public Optional<TenantSummary> find(TenantId id) {
        TenantSummary known = summaries.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<TenantSummary> found = Optional.ofNullable(data.sharedEm().find(Tenant.class, id.value()))
                .map(TenantRegistry::summary);
        found.ifPresent(summary -> summaries.put(id, summary));
        return found;
    }

    @Override
    public List<TenantId> activeTenants() {
        return data
                .sharedEm()
                .createQuery("SELECT t.id FROM Tenant t WHERE t.status = :active ORDER BY t.id", String.class)
                .setParameter("active", Tenant.Status.ACTIVE)
                .getResultList()
                .stream()
                .map(TenantId::new)
                .toList();
    }

    private static TenantSummary summary(Tenant t) {
        return new TenantSummary(t.id(), t.slug(), t.name(), t.headquartersCountry());
    }
}
