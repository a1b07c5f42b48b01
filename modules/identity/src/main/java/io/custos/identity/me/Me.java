package io.custos.identity.me;

import java.time.Instant;
import java.util.List;

/**
 * The caller as the console shows them: their account, their tenant, the factors and sign-in time
 * of the session their token belongs to, and every permission they hold now over some scope:
 * {@code permissions} by name, {@code effectivePermissions} with the scopes each reaches.
 */
public record Me(
        String id,
        String username,
        String displayName,
        String email,
        String homeStoreId,
        boolean mfaEnabled,
        String tenantId,
        String tenantSlug,
        String tenantName,
        List<String> amr,
        Instant authTime,
        List<String> permissions,
        List<EffectivePermission> effectivePermissions) {}
