package io.custos.privacycentre.customer;

import io.custos.platform.tenancy.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The store chain a privacy-centre path names. */
@ApplicationScoped
public class CentreTenants {

    @Inject
    TenantDirectory directory;

    @Transactional
    public Optional<TenantDirectory.TenantSummary> bySlug(String slug) {
        return directory.findActiveBySlug(slug);
    }
}
