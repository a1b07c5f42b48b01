package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A tenant's single sign-on changed: a provider added or removed ({@code sso-provider.create},
 * {@code .delete}), a person at a provider bound to a staff member or unbound ({@code sso-link.create},
 * {@code .delete}), or the SSO-only policy ({@code sso-policy.change}). Never carries a client secret.
 */
public record SsoConfigurationChanged(
        TenantId tenantId,
        String actorId,
        String action,
        String targetType,
        String targetId,
        Map<String, Object> details,
        Instant at)
        implements DomainEvent {}
