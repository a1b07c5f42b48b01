package io.custos.tenants.config;

import io.custos.platform.approval.ApprovedAction;
import io.custos.platform.json.StrictJson;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Applies a held tenant configuration once a second admin approves it. */
@ApplicationScoped
public class ConfigurationApproved implements ApprovedAction {

    @Inject
    TenantConfiguration configuration;

    @Override
    public String action() {
        return TenantConfiguration.TENANT_CONFIGURATION;
    }

    @Override
    public Object run(Caller requester, String request) {
        String yaml = StrictJson.read(request, TenantConfiguration.HeldConfiguration.class)
                .yaml();
        return configuration.applyRequested(requester, yaml, false);
    }
}
