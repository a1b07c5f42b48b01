package io.custos.identity.context;

import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Subject;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Where staff work from, for residency: their home store's country, else the tenant's headquarters. */
@ApplicationScoped
public class StaffWorkplaces implements Gates.Workplaces {

    @Inject
    StaffContexts contexts;

    @Inject
    StaffDirectory staff;

    @Inject
    StoreDirectory stores;

    @Inject
    TenantDirectory tenants;

    @Override
    public Optional<String> basedIn(Subject subject) {
        StaffContext member = contexts.of(subject.staffId());
        if (member.homeStoreId().isPresent()) {
            return stores.store(member.homeStoreId().get()).map(StoreDirectory.StoreFacts::country);
        }
        if (!member.active() && staff.find(subject.staffId()).isEmpty()) {
            return Optional.empty();
        }
        return tenants.find(subject.tenantId()).map(TenantDirectory.TenantSummary::headquartersCountry);
    }
}
