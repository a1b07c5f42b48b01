package io.custos.identity.session;

import io.custos.platform.security.ActiveSessions;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** The per-request check that a token's session goes on: one primary-key read, never cached. */
@ApplicationScoped
public class SessionCheck implements ActiveSessions {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public boolean isActive(TenantId tenant, String sessionId, String staffId) {
        Instant now = clock.instant();
        return TenantScope.supply(
                tenant,
                () -> data.em()
                                .createQuery(
                                        "SELECT COUNT(s) FROM Session s WHERE s.id = :id AND s.staffId = :staff"
                                                + " AND s.endedAt IS NULL AND s.expiresAt > :now",
                                        Long.class)
                                .setParameter("id", sessionId)
                                .setParameter("staff", staffId)
                                .setParameter("now", now)
                                .getSingleResult()
                        > 0);
    }
}
