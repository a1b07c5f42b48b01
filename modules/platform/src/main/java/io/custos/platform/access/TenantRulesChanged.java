package io.custos.platform.access;

import io.custos.platform.tenancy.TenantId;
import java.util.Objects;

/**
 * A change to rules every decision of a tenant reads (a rule pack's overrides), raised in the
 * change's transaction: identity moves the tenant's context version with it, so what
 * {@link TenantRules} kept under the version before is not served again, on any instance.
 */
public record TenantRulesChanged(TenantId tenantId, String rules) {

    public TenantRulesChanged {
        Objects.requireNonNull(tenantId, "tenant");
        Objects.requireNonNull(rules, "rules");
    }
}
