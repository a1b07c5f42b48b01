package io.custos.platform.security;

import io.custos.platform.tenancy.TenantId;

/**
 * Whether the session an access token names ({@code sid}) is still going: implemented by the
 * module that keeps sessions. Asked once per request by {@link BearerAuthentication}, so it must be
 * one indexed read of the database (the truth on every instance), never a cache.
 */
public interface ActiveSessions {

    /** True while session {@code sessionId} of {@code staffId} in {@code tenant} has not ended. */
    boolean isActive(TenantId tenant, String sessionId, String staffId);
}
