package io.custos.identity.sso;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Hourly, once in the cluster for every tenant at once: sign-ins started and never finished are
 * forgotten once their ten minutes are over, so the state, nonce and PKCE verifier of an abandoned
 * sign-in do not outlive it. Only the newest slot: it forgets what every older one would.
 */
@ApplicationScoped
public class AbandonedSignIns implements RecurringJob {

    @Inject
    TenantData data;

    @Override
    public String name() {
        return "identity.sso-abandoned-sign-ins";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofHours(1));
    }

    @Override
    public boolean newestSlotOnly() {
        return true;
    }

    @Override
    @Transactional
    public void run(Instant dueAt) {
        data.sharedEm()
                .createNativeQuery("DELETE FROM identity_sso_attempt WHERE expires_at < ?1")
                .setParameter(1, LocalDateTime.ofInstant(dueAt, ZoneOffset.UTC))
                .executeUpdate();
    }
}
