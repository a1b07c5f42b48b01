package io.custos.tenants.onboarding;

import io.custos.identity.api.AdminAccounts;
import io.custos.platform.geo.Countries;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.tenants.api.TenantOnboarded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Creates a store chain, its first admin and their TENANT_ADMIN grant in one transaction. */
@ApplicationScoped
public class Onboarding {

    @Inject
    TenantData data;

    @Inject
    AdminAccounts adminAccounts;

    @Inject
    TenantRegistry registry;

    @Inject
    Event<TenantOnboarded> onboarded;

    @Inject
    Clock clock;

    @Transactional
    public TenantView onboard(NewTenant request) {
        if (!Countries.isAlpha2(request.headquartersCountry())) {
            throw new InvalidInput("headquartersCountry", "is not an ISO 3166-1 alpha-2 country code");
        }
        if (registry.findBySlug(request.slug()).isPresent()) {
            throw new SlugTaken(request.slug());
        }
        TenantId id = TenantId.generate();
        return TenantScope.supply(id, () -> {
            Instant now = clock.instant();
            Tenant tenant = new Tenant(id, request.slug(), request.name(), request.headquartersCountry(), now);
            EntityManager em = data.sharedEm();
            em.persist(tenant);
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (Constraints.isDuplicateOf(e, "uq_tenants_tenant_slug")) {
                    throw new SlugTaken(request.slug());
                }
                throw e;
            }
            AdminAccounts.AdminAccount admin = adminAccounts.createFirstAdmin(new AdminAccounts.FirstAdmin(
                    request.admin().username(),
                    request.admin().email(),
                    request.admin().password()));
            onboarded.fire(new TenantOnboarded(id, tenant.slug(), admin.id(), now));
            return TenantView.of(tenant, new TenantView.AdminView(admin.id(), admin.username()));
        });
    }
}
