package io.custos.identity.grant;

import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Gives and ends grants of the bound tenant. */
@ApplicationScoped
public class Grants {

    @Inject
    TenantData data;

    public Grant grantTenantAdminAtOnboarding(String staffId, String roleId, Instant now) {
        Grant grant = Grant.tenantWideAtOnboarding(staffId, roleId, now);
        data.em().persist(grant);
        return grant;
    }
}
