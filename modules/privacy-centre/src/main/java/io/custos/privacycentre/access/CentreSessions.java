package io.custos.privacycentre.access;

import io.custos.platform.crypto.Sha256;
import io.custos.platform.id.Ids;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import io.custos.privacycentre.api.PrivacyCentreSessionStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Customers' sessions: started by a redeemed pass, resumed by their cookie on any instance, ended by signing out. */
@ApplicationScoped
public class CentreSessions {

    @Inject
    TenantData data;

    @Inject
    Event<PrivacyCentreSessionStarted> started;

    @Inject
    Clock clock;

    StartedSession start(Pass pass) {
        Instant now = clock.instant();
        String token = Ids.newSecret();
        CentreSession session = new CentreSession(Ids.newId(), Sha256.hex(token), pass.customerId(), pass.id(), now);
        data.em().persist(session);
        started.fire(new PrivacyCentreSessionStarted(
                TenantScope.required(), pass.customerId(), pass.customerId(), session.id(), pass.id(), now));
        return new StartedSession(token, session.idleUntil(), CentreSession.LONGEST);
    }

    /** The customer of an active session of the bound tenant, as a data-subject caller; it idles out later. */
    @Transactional
    public Optional<Caller> resume(String token) {
        Instant now = clock.instant();
        return find(token).filter(session -> session.activeAt(now)).map(session -> {
            session.touch(now);
            return Caller.dataSubject(TenantScope.required(), session.customerId(), session.id());
        });
    }

    @Transactional
    public void end(String sessionId) {
        Optional.ofNullable(data.em().find(CentreSession.class, sessionId)).ifPresent(s -> s.end(clock.instant()));
    }

    /** Forgets the bound tenant's sessions and passes that were over before {@code before}. */
    @Transactional
    public int forgetBefore(Instant before) {
        int sessions = data.em()
                .createQuery("DELETE FROM CentreSession s WHERE s.endsAt < :before")
                .setParameter("before", before)
                .executeUpdate();
        return sessions
                + data.em()
                        .createQuery("DELETE FROM Pass p WHERE p.expiresAt < :before")
                        .setParameter("before", before)
                        .executeUpdate();
    }

    private Optional<CentreSession> find(String token) {
        return data.em()
                .createQuery("SELECT s FROM CentreSession s WHERE s.tokenSha256 = :hash", CentreSession.class)
                .setParameter("hash", Sha256.hex(token))
                .getResultStream()
                .findFirst();
    }
}
