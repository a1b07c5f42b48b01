package io.custos.identity.session;

import io.custos.identity.context.StaffContexts;
import io.custos.platform.security.ActiveSessions;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The per-request check that a token's session goes on, never cached: read together with the
 * caller's context versions where it can be ({@link StaffContexts#checkedInSession}), else alone by
 * primary key.
 */
@ApplicationScoped
public class SessionCheck implements ActiveSessions {

    @Inject
    TenantData data;

    @Inject
    StaffContexts contexts;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public boolean isActive(TenantId tenant, String sessionId, String staffId) {
        return TenantScope.supply(
                tenant, () -> contexts.checkedInSession(sessionId, staffId) || sessionAlone(sessionId, staffId));
    }

    private boolean sessionAlone(String sessionId, String staffId) {
        return data.em()
                        .createQuery(
                                "SELECT COUNT(s) FROM Session s WHERE s.id = :id AND s.staffId = :staff"
                                        + " AND s.endedAt IS NULL AND s.expiresAt > :now",
                                Long.class)
                        .setParameter("id", sessionId)
                        .setParameter("staff", staffId)
                        .setParameter("now", clock.instant())
                        .getSingleResult()
                > 0;
    }
}
