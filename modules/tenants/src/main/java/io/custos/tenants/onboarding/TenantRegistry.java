package io.custos.tenants.onboarding;

import io.custos.platform.problem.NotFound;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Looks store chains up by slug or id; the directory other modules see through the platform. */
@ApplicationScoped
public class TenantRegistry implements TenantDirectory {

    @Inject
    TenantData data;

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
        return Optional.ofNullable(data.sharedEm().find(Tenant.class, id.value()))
                .map(TenantRegistry::summary);
    }

    private static TenantSummary summary(Tenant t) {
        return new TenantSummary(t.id(), t.slug(), t.name(), t.headquartersCountry());
    }
}
